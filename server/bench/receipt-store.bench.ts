/**
 * Receipts at the store, without HTTP: `receiveCase` (check, clocks, seals, the case, its event, its
 * audit record and facts) run BENCH_CONCURRENCY (10) at a time on a SQLite store with fsync per
 * commit, as in production, that already holds BENCH_EXISTING_CASES cases (60000, written with the
 * server bench's helper). The server bench times receipts on a fresh store over HTTP; this one shows
 * what a centre's history adds to each receipt (indexes that are larger than the page cache keeps
 * warm) and what a receipt costs apart from HTTP. Every receipt is a different application. The
 * history is written (and indexed for text search) before the store is reopened for the receipts.
 *
 * Prints receipts/s, CPU µs per receipt (this process: the store runs in it), and p50/p99 latency.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkCalendar } from '@onewindow/runtime/engine';
import { exampleInput } from '../../tests/api/cases-fixtures.ts';
import { receiveCase } from '../src/cases/receive-case.ts';
import type { Actor } from '../src/http/route.ts';
import { prepareData } from '../src/start/prepare-data.ts';
import { localDate } from '../src/system-clock.ts';
import { BENCH_TIME_ZONE, benchDeps } from './bench-deps.ts';
import { fillInbox } from './fill-inbox.ts';

const EXISTING = Number(process.env.BENCH_EXISTING_CASES ?? 60_000);
const RECEIPTS = Number(process.env.BENCH_RECEIPTS ?? 6_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 10);

const dataDir = mkdtempSync(join(tmpdir(), 'onewindow-receipt-bench-'));
const file = join(dataDir, 'onewindow.db');
let deps = benchDeps(file, dataDir, 'full');
const clerk: Actor = { id: 'bench-clerk', username: 'clerk', displayName: '窗口人员', role: 'clerk' };
const input = exampleInput('construction-permit', 'accept');
const project = input.formData.project as Record<string, unknown>;
let filed = 0;

/** `count` receipts, `CONCURRENCY` in flight; the latency of each, ms. */
async function receive(count: number): Promise<number[]> {
  const latencies: number[] = [];
  let started = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (started++ < count) {
        const formData = { ...input.formData, project: { ...project, name: `${project.name} ${++filed}` } };
        const at = performance.now();
        await receiveCase(deps, { actor: clerk, input: { ...input, formData } });
        latencies.push(performance.now() - at);
      }
    }),
  );
  return latencies.sort((a, b) => a - b);
}

try {
  await prepareData(deps);
  const refs = [];
  for (const item of await deps.store.listItems({ status: 'active' })) {
    const v = (await deps.store.getVersion({ code: item.code }))!;
    refs.push({ code: v.code, version: v.version, hash: v.hash, name: item.name });
  }
  const today = localDate(new Date(), BENCH_TIME_ZONE);
  const calendar = createWorkCalendar(await deps.store.listCalendars());
  const fillMs = await fillInbox({ store: deps.store, count: EXISTING, today, refs, calendar });
  // Reopened, as after a restart: closing has indexed the history for text search, so the receipts
  // measured share the store with nothing but their own indexing.
  await deps.store.close();
  deps = benchDeps(file, dataDir, 'full');
  await receive(1_000);
  const cpu = process.cpuUsage();
  const at = performance.now();
  const latencies = await receive(RECEIPTS);
  const seconds = (performance.now() - at) / 1000;
  const used = process.cpuUsage(cpu);
  const result = {
    bench: 'receipt-store',
    existingCases: EXISTING,
    receipts: RECEIPTS,
    concurrency: CONCURRENCY,
    perSecond: Math.round(RECEIPTS / seconds),
    cpuUsPerReceipt: Math.round((used.user + used.system) / RECEIPTS),
    p50Ms: Number(latencies[Math.floor(latencies.length * 0.5)].toFixed(1)),
    p99Ms: Number(latencies[Math.floor(latencies.length * 0.99)].toFixed(1)),
    loadAverage: Number(loadavg()[0].toFixed(1)),
  };
  console.log(
    `\nReceipts at the store (no HTTP), ${CONCURRENCY} at a time, after ${EXISTING} cases ` +
      `(written in ${(fillMs / 1000).toFixed(1)} s); load average ${result.loadAverage}`,
  );
  console.table([
    {
      'receipts/s': result.perSecond,
      'CPU µs/receipt': result.cpuUsPerReceipt,
      'p50 ms': result.p50Ms,
      'p99 ms': result.p99Ms,
    },
  ]);
  console.log(JSON.stringify(result));
} finally {
  await deps.store.close();
  rmSync(dataDir, { recursive: true, force: true });
}
