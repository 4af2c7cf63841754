import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The web apps: the counter and public pages (runtime/dist, at `/`) and the designer (designer/dist, at `/designer`). */
export type WebApp = 'runtime' | 'designer';

/**
 * `vite build` of a web app into `<app>/dist` — the same as `npm run build:web` does for both.
 * A child process with NODE_ENV=production: inside vitest NODE_ENV is `test`, which vite would bake
 * into the bundle (React's development build).
 */
export function buildWebApp(app: WebApp = 'runtime'): string {
  const run = spawnSync(`${ROOT}node_modules/.bin/vite`, ['build', '--logLevel', 'warn'], {
    cwd: `${ROOT}${app}`,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
  return `${ROOT}${app}/dist`;
}
