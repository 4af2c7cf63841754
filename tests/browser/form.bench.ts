/**
 * The form bench (issue 5, "Performance"): a 200-field generated form with the live check panel in
 * Chromium; the time from a keystroke to the updated form and to the updated check panel (each to the
 * next painted frame), median over 50 keystrokes. Target ≤ 30 ms. Run: `npx tsx tests/browser/form.bench.ts`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, SKIP_REASON } from './browser-env.ts';
import { serveApp } from './serve-app.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const KEYSTROKES = 50;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function p90(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length * 0.9)] ?? Number.NaN;
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
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${app.baseUrl}/index.html`);
  await page.waitForFunction(() => (window as { __bench?: { ready: boolean } }).__bench?.ready === true);
  const results: Record<string, Record<string, number>> = {};
  for (const [label, id] of [
    ['text field in section 11', 'root/s10/f0'],
    ['long text in section 20', 'root/s19/f6'],
  ] as const) {
    await page.evaluate(() => {
      const b = (window as unknown as { __bench: Record<string, number[]> }).__bench;
      b.form.length = 0;
      b.panel.length = 0;
      b.formJs.length = 0;
      b.panelJs.length = 0;
    });
    await page.locator(`[id="${id}"]`).click();
    await page.keyboard.type('abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN'.slice(0, KEYSTROKES), {
      delay: 80,
    });
    await page.waitForTimeout(500);
    const b = await page.evaluate(() => (window as unknown as { __bench: Record<string, number[]> }).__bench);
    results[label] = {
      form: Math.round(median(b.form) * 10) / 10,
      formP90: Math.round(p90(b.form) * 10) / 10,
      panel: Math.round(median(b.panel) * 10) / 10,
      panelP90: Math.round(p90(b.panel) * 10) / 10,
      formScript: Math.round(median(b.formJs) * 10) / 10,
      panelScript: Math.round(median(b.panelJs) * 10) / 10,
    };
    console.log(label, `keystrokes=${b.form.length}/${b.panel.length}`);
  }
  console.log(JSON.stringify({ fields: 200, keystrokes: KEYSTROKES, ms: results }, null, 2));
} finally {
  await browser.close();
  await app.close();
  rmSync(out, { recursive: true, force: true });
}
