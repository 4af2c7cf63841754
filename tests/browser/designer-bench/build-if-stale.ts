import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** What each web app is built from. */
const SOURCES = {
  designer: ['designer/src', 'runtime/src/app', 'runtime/src/engine', 'schemas/src'],
  // The login page the bench signs in through is the runtime app's.
  runtime: ['runtime/src/app', 'runtime/src/engine', 'schemas/src'],
} as const;

function newestIn(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * Builds `<app>/dist` (the server hosts designer/dist at /designer, runtime/dist with the login page
 * at /) when it is missing or older than the sources it is built from, so the bench never measures
 * stale code. A child process with NODE_ENV=production, so React's production build is measured.
 */
export function buildIfStale(app: keyof typeof SOURCES): 'built' | 'fresh' {
  const index = join(ROOT, app, 'dist/index.html');
  const builtAt = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sourcesAt = Math.max(...SOURCES[app].map((dir) => newestIn(join(ROOT, dir))));
  if (builtAt > sourcesAt) return 'fresh';
  const run = spawnSync(`${ROOT}node_modules/.bin/vite`, ['build', '--logLevel', 'warn'], {
    cwd: join(ROOT, app),
    env: { ...process.env, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`${app} build failed:\n${run.stdout}\n${run.stderr}`);
  return 'built';
}
