/**
 * The form bench (issue 5, "Performance"): the reception page's form and live check panel on a
 * 200-field generated item in Chromium, 50 keystrokes into each of two fields. Per keystroke, from
 * its keydown:
 * - `shown`: to the first frame whose page shows both the character in the field and, in the check
 *   panel, the check of the field's new text (an echo rule quotes the value, so the panel's text
 *   proves it); taken in that frame's animation-frame callback, which precedes its paint;
 * - `painted`: to when the main thread has handed that frame to the compositor, from Chromium's
 *   trace: the end of the main-thread task that ran the frame's `FireAnimationFrame` (the one whose
 *   callback took `shown`), i.e. of the BeginMainFrame task: the callback, style, layout, prepaint,
 *   `Paint`, `Layerize` and the commit to the compositor, which holds the main thread until the
 *   compositor has taken the frame (this Chromium's `devtools.timeline` has no `Commit` event; the
 *   task's end is its end). Autofill runs in later tasks, so it counts only if it ran inside that
 *   frame. Still before the compositor draws and the GPU process presents the frame. The page's
 *   keydown time is mapped onto the trace's clock by a `console.timeStamp` carrying
 *   `performance.now()`; `paintedLost` counts the keystrokes whose frame was not found in the trace,
 *   `paintedUnordered` those not ordered `shown` < `painted` ≤ max(`form`, `panel`);
 * - `form` / `panel`: to a task posted from that callback, which runs once the frame is painted (an
 *   upper bound: Chromium's autofill walks a changed `<form>` after each keystroke, `autofillCpu`,
 *   and that work runs first);
 * - `handler`: the page's handling of the `input` event (rjsf, the check, both renders), wall time;
 * - `cpu`: the main thread's CPU time for the keystroke (Chromium's trace), which the machine's load
 *   does not inflate.
 * Medians (and p90 of `painted`, `form` and `panel`). Target ≤ 30 ms. The load average is printed
 * with them.
 *
 * Run: `npx tsx tests/browser/form.bench.ts [--runs 3] [--profile out.cpuprofile]` (the profile is
 * Chromium's CPU profile of the typing in the first field of the first run; open it in DevTools).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { BENCH_FIELDS } from '../../runtime/src/app/bench/bench-item.ts';
import type { BenchWindow, KeystrokeSample } from '../../runtime/src/app/bench/form-bench.tsx';
import { launchChromium, SKIP_REASON } from './browser-env.ts';
import { serveApp } from './serve-app.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEYSTROKES = 50;
const TYPED = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN'.slice(0, KEYSTROKES);

const { values: args } = parseArgs({
  options: { runs: { type: 'string', default: '1' }, profile: { type: 'string' } },
});
const runs = Math.max(1, Number(args.runs) || 1);

function quantile(values: number[], q: number): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return Math.round((sorted[Math.floor(sorted.length * q)] ?? Number.NaN) * 10) / 10;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  /** Start and wall duration (µs, the trace's clock), thread CPU duration. */
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { type?: string; message?: string }; src_func?: string };
}

/** Prefixes the page's `performance.now()` in the `console.timeStamp` that maps it onto the trace. */
const CLOCK_MARK = 'ow-clock ';

/**
 * Per keystroke, ms from its keydown to the end of the page's main-thread task that ran the frame
 * whose animation-frame callback took `shown` (see the file's comment); NaN when that frame is not in
 * the trace.
 */
function paintedTimes(samples: KeystrokeSample[], events: TraceEvent[]): number[] {
  const clock = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith(CLOCK_MARK));
  if (!clock) return samples.map(() => Number.NaN);
  // The mark's thread is the page's main thread; ms to add to a performance.now() for the trace's clock.
  const offset = clock.ts / 1000 - Number(clock.args?.data?.message?.slice(CLOCK_MARK.length));
  const end = (e: TraceEvent) => e.ts + (e.dur ?? Number.NaN);
  const main = events.filter((e) => e.ph === 'X' && e.pid === clock.pid && e.tid === clock.tid);
  const frames = main.filter((e) => e.name === 'FireAnimationFrame');
  const tasks = main.filter((e) => e.name === 'ThreadControllerImpl::RunTask');
  const slack = 200; // µs: performance.now() is coarsened
  return samples.map((s) => {
    const callback = (s.at + s.shown + offset) * 1000;
    // A frame may run several animation-frame callbacks (the page's and others'), each its own event.
    const near = frames.filter((f) => f.ts - slack <= callback && callback <= end(f) + slack);
    const [task, ...others] = new Set(
      near.flatMap((f) => tasks.filter((t) => t.ts <= f.ts && end(t) >= end(f))),
    );
    if (!task || others.length > 0) return Number.NaN;
    return end(task) / 1000 - offset - s.at;
  });
}

/**
 * CPU time (not wall time, so the machine's load does not count) of the page's main thread: for each
 * keystroke's `keypress`, which holds the text input, the `input` event and everything the page does
 * for it; and for each run of Chromium's autofill after a form control changed.
 */
function mainThreadCpu(events: TraceEvent[]): { keypress: number[]; autofill: number[] } {
  const ms = (e: TraceEvent) => (e.tdur ?? Number.NaN) / 1000;
  const complete = events.filter((e) => e.ph === 'X');
  return {
    keypress: complete.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keypress').map(ms),
    autofill: complete.filter((e) => e.args?.src_func === 'FormControlDidChange').map(ms),
  };
}

const STATS = [
  'shown',
  'painted',
  'paintedP90',
  'paintedLost',
  'paintedUnordered',
  'form',
  'formP90',
  'panel',
  'panelP90',
  'handler',
  'cpu',
  'autofillCpu',
] as const;
type Stats = Record<(typeof STATS)[number], number>;

function stats(samples: KeystrokeSample[], trace: TraceEvent[]): Stats {
  const of = (pick: (s: KeystrokeSample) => number, q: number) => quantile(samples.map(pick), q);
  const { keypress, autofill } = mainThreadCpu(trace);
  const painted = paintedTimes(samples, trace);
  const paired = samples.map((s, i) => ({ ...s, painted: painted[i] ?? Number.NaN }));
  return {
    shown: of((s) => s.shown, 0.5),
    painted: quantile(painted, 0.5),
    paintedP90: quantile(painted, 0.9),
    paintedLost: painted.filter((p) => Number.isNaN(p)).length,
    paintedUnordered: paired.filter(
      (s) => !Number.isNaN(s.painted) && !(s.shown < s.painted && s.painted <= Math.max(s.form, s.panel)),
    ).length,
    form: of((s) => s.form, 0.5),
    formP90: of((s) => s.form, 0.9),
    panel: of((s) => s.panel, 0.5),
    panelP90: of((s) => s.panel, 0.9),
    handler: of((s) => s.handler, 0.5),
    cpu: quantile(keypress, 0.5),
    autofillCpu: quantile(autofill, 0.5),
  };
}

const load = () => loadavg().map((l) => Math.round(l * 100) / 100);

/** One run: a fresh page, 50 keystrokes into each bench field, traced. */
async function run(browser: Browser, baseUrl: string, profile?: string): Promise<Record<string, Stats>> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/index.html`);
    await page.waitForFunction(() => (window as BenchWindow).__bench?.ready === true);
    const results: Record<string, Stats> = {};
    for (const [i, field] of BENCH_FIELDS.entries()) {
      await page.evaluate(() => {
        const b = (window as BenchWindow).__bench;
        if (b) b.samples.length = 0;
      });
      await page.locator(`[id="root/s${field.section}/f${field.field}"]`).click();
      const cdp = await context.newCDPSession(page);
      const trace: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => trace.push(...(e.value as unknown as TraceEvent[])));
      const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.start', {
        categories: 'devtools.timeline,toplevel',
        transferMode: 'ReportEvents',
      });
      const profiling = profile !== undefined && i === 0;
      if (profiling) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.start');
      }
      // Puts the page's clock (performance.now()) into the trace, to map its keystroke times onto it.
      await page.evaluate((mark) => console.timeStamp(`${mark}${performance.now()}`), CLOCK_MARK);
      await page.keyboard.type(TYPED, { delay: 80 });
      await page.waitForTimeout(500);
      if (profiling) {
        const { profile: cpu } = await cdp.send('Profiler.stop');
        writeFileSync(profile, JSON.stringify(cpu));
      }
      await cdp.send('Tracing.end');
      await traced;
      await cdp.detach();
      const samples = await page.evaluate(() => (window as BenchWindow).__bench?.samples ?? []);
      if (samples.length < KEYSTROKES * 0.9) {
        throw new Error(`${field.label}: only ${samples.length} of ${KEYSTROKES} keystrokes were shown`);
      }
      results[field.label] = stats(samples, trace);
    }
    return results;
  } finally {
    await context.close();
  }
}

if (SKIP_REASON) {
  console.log(SKIP_REASON);
  process.exit(0);
}

const out = mkdtempSync(join(tmpdir(), 'ow-form-bench-'));
const built = spawnSync(
  `${ROOT}node_modules/.bin/vite`,
  [
    'build',
    'src/app/bench',
    '--config',
    'vite.config.ts',
    '--outDir',
    out,
    '--emptyOutDir',
    '--base',
    './',
    '--logLevel',
    'warn',
  ],
  { cwd: `${ROOT}runtime`, env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' },
);
if (built.status !== 0) throw new Error(`bench build failed:\n${built.stdout}\n${built.stderr}`);

const app = await serveApp(out, 'http://127.0.0.1:9');
const browser = await launchChromium();
try {
  const all: Record<string, Stats>[] = [];
  for (let r = 0; r < runs; r++) {
    const before = load();
    const results = await run(browser, app.baseUrl, r === 0 ? args.profile : undefined);
    all.push(results);
    console.log(JSON.stringify({ run: r + 1, loadavg: { before, after: load() }, ms: results }));
  }
  if (runs > 1) {
    const medians = Object.fromEntries(
      BENCH_FIELDS.map(({ label }) => [
        label,
        Object.fromEntries(
          STATS.map((k) => [
            k,
            quantile(
              all.map((a) => a[label]?.[k] ?? Number.NaN),
              0.5,
            ),
          ]),
        ),
      ]),
    );
    console.log(
      JSON.stringify({ fields: 200, keystrokes: KEYSTROKES, runs, medianOfRuns: medians }, null, 2),
    );
  }
} finally {
  await browser.close();
  await app.close();
  rmSync(out, { recursive: true, force: true });
}
