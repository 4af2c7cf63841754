import { spawnSync } from 'node:child_process';
import { renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The web apps: the counter and public pages (runtime/dist, at `/`) and the designer (designer/dist, at `/designer`). */
export type WebApp = 'runtime' | 'designer';

const errorCode = (e: unknown) => (e as NodeJS.ErrnoException).code;

/**
 * `vite build` of a web app into `<app>/dist` — the same as `npm run build:web` does for both.
 * A child process with NODE_ENV=production: inside vitest NODE_ENV is `test`, which vite would bake
 * into the bundle (React's development build). Suites run in parallel and may build the same app, so
 * each builds into its own folder and swaps it in: no server ever serves a half-written dist.
 */
export function buildWebApp(app: WebApp = 'runtime'): string {
  const dist = `${ROOT}${app}/dist`;
  const staging = `${dist}.building-${process.pid}`;
  const run = spawnSync(
    `${ROOT}node_modules/.bin/vite`,
    ['build', '--logLevel', 'warn', '--outDir', staging, '--emptyOutDir'],
    { cwd: `${ROOT}${app}`, env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
  }
  const old = `${dist}.old-${process.pid}`;
  try {
    renameSync(dist, old);
  } catch (e) {
    if (errorCode(e) !== 'ENOENT') throw e;
  }
  try {
    renameSync(staging, dist);
  } catch (e) {
    // Another suite swapped in the same build first.
    if (errorCode(e) !== 'ENOTEMPTY' && errorCode(e) !== 'EEXIST') throw e;
    rmSync(staging, { recursive: true, force: true });
  }
  rmSync(old, { recursive: true, force: true });
  return dist;
}
