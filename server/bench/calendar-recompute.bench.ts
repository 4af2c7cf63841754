/**
 * The cost of writing a holiday calendar when the store holds a centre's cases: `PUT
 * /api/calendars/:year` recomputes the stored deadlines of every open case the year may move
 * (calendars/recompute-deadlines.ts). Two stores of BENCH_RECOMPUTE_CASES cases (100000) each, filled
 * with the server bench's helper, SQLite with fsync per commit as in production:
 *
 * 1. history — the server bench's mix (30% still running), then next year's calendar is published;
 * 2. worst case — every case running, then this year's calendar is corrected so that every Saturday
 *    is a make-up workday: nearly every stored deadline moves and is rewritten.
 *
 * Prints the wall time of the whole write, the cases checked and changed, and the longest the event
 * loop was blocked meanwhile: the most any request arriving during the recompute waits for it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { addDays, createWorkCalendar, dayOfWeek } from '@onewindow/runtime/engine';
import type { HolidayCalendar } from '@onewindow/schemas';
import { putCalendar } from '../src/calendars/put-calendar.ts';
import type { AppDeps } from '../src/deps.ts';
import { seedExamples } from '../src/seed/seed-examples.ts';
import { benchDeps } from './bench-deps.ts';
import { fillInbox } from './fill-inbox.ts';

const CASES = Number(process.env.BENCH_RECOMPUTE_CASES ?? 100_000);

/** Every Saturday of `calendar.year` not already a day off, added as a make-up workday (调休). */
function everySaturdayWorked(calendar: HolidayCalendar): HolidayCalendar {
  const off = new Set(calendar.holidays.map((h) => h.date));
  const workdays = [...calendar.workdays];
  for (let day = `${calendar.year}-01-01`; day.startsWith(String(calendar.year)); day = addDays(day, 1)) {
    if (dayOfWeek(day) === 6 && !off.has(day) && !workdays.some((w) => w.date === day)) {
      workdays.push({ date: day, name: '调休（测试）' });
    }
  }
  return { ...calendar, workdays: workdays.sort((a, b) => a.date.localeCompare(b.date)) };
}

async function scenario(name: string, open: boolean, change: (deps: AppDeps) => Promise<HolidayCalendar>) {
  const dataDir = mkdtempSync(join(tmpdir(), 'onewindow-recompute-'));
  const file = join(dataDir, 'onewindow.db');
  try {
    const fill = benchDeps(file, dataDir, 'normal');
    await seedExamples(fill);
    const refs = [];
    for (const item of await fill.store.listItems({ status: 'active' })) {
      const v = (await fill.store.getVersion({ code: item.code }))!;
      refs.push({ code: v.code, version: v.version, hash: v.hash, name: item.name });
    }
    const today = fill.clock.today();
    const calendar = createWorkCalendar(await fill.store.listCalendars());
    const fillMs = await fillInbox({ store: fill.store, count: CASES, today, refs, calendar, open });
    await fill.store.close();

    const deps = benchDeps(file, dataDir, 'full');
    const next = await change(deps);
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    await putCalendar(deps, { year: next.year, calendar: next, actor: { username: 'bench' } });
    const ms = performance.now() - started;
    delay.disable();
    const records = await deps.store.listAudit({ kind: 'calendar', subject: `calendar@${next.year}` });
    const batches = records.filter((r) => r.payload.action === 'recompute-deadlines');
    const changed = batches.reduce((n, r) => n + Number(r.payload.cases), 0);
    const again = performance.now();
    await putCalendar(deps, { year: next.year, calendar: next, actor: { username: 'bench' } });
    const againMs = performance.now() - again;
    await deps.store.close();
    return {
      scenario: name,
      cases: CASES,
      year: next.year,
      changed,
      batches: batches.length,
      ms: Math.round(ms),
      maxEventLoopBlockMs: Math.round(delay.max / 1e6),
      p99EventLoopBlockMs: Math.round(delay.percentile(99) / 1e6),
      secondRunMs: Math.round(againMs),
      fillSeconds: Math.round(fillMs / 1000),
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = [
  await scenario('history, next year published', false, async (deps) => {
    const year = Number(deps.clock.today().slice(0, 4)) + 1;
    return { year, holidays: [{ date: `${year}-01-01`, name: '元旦' }], workdays: [] };
  }),
  await scenario('all running, this year corrected', true, async (deps) => {
    const year = Number(deps.clock.today().slice(0, 4));
    const current = (await deps.store.listCalendars()).find((c) => c.year === year);
    return everySaturdayWorked(current ?? { year, holidays: [], workdays: [] });
  }),
];
console.log(
  `\nCalendar write with ${CASES} cases (SQLite, fsync per commit); load average ${loadavg()[0].toFixed(1)}`,
);
console.table(results);
console.log(JSON.stringify({ bench: 'calendar-recompute', loadAverage: loadavg()[0], results }));
