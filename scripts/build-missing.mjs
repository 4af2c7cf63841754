#!/usr/bin/env node
// Part of `npm start`: builds the web apps that are not built yet (`--rebuild` forces it). The server
// itself runs from TypeScript through tsx, so Node code needs no build step.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const apps = [
  { name: 'counter and public pages (runtime)', dir: 'runtime', workspace: 'runtime' },
  { name: 'designer', dir: 'designer', workspace: 'designer' },
];

for (const app of apps) {
  if (existsSync(`${app.dir}/dist/index.html`) && !process.argv.includes('--rebuild')) continue;
  console.log(`building the ${app.name}…`);
  const build = spawnSync('npm', ['run', 'build', '-w', app.workspace], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
