import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * `vite build` of the counter and public app into runtime/dist — the same as `npm run build:web`.
 * A child process with NODE_ENV=production: inside vitest NODE_ENV is `test`, which vite would bake
 * into the bundle (React's development build).
 */
export function buildWebApp(): string {
  const run = spawnSync(`${ROOT}node_modules/.bin/vite`, ['build', '--logLevel', 'warn'], {
    cwd: `${ROOT}runtime`,
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`vite build failed:\n${run.stdout}\n${run.stderr}`);
  return `${ROOT}runtime/dist`;
}
