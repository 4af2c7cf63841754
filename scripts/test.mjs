#!/usr/bin/env node
// `npm test`: every check that must pass before work lands, in order, stopping at the first failure:
// generated types current, Biome (lint + format), TypeScript, then every vitest suite.
// It ends with the plain closing line "N passed, N failed" that CI reads.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const steps = [
  ['generated types are current', 'npm', ['run', '--silent', 'gen:check']],
  ['lint and format (Biome)', 'npx', ['biome', 'check', '.']],
  ['types (tsc)', 'npx', ['tsc', '-p', 'tsconfig.json']],
];

for (const [name, cmd, args] of steps) {
  console.log(`\n▶ ${name}`);
  const run = spawnSync(cmd, args, { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`\n✖ ${name} failed`);
    console.log('0 passed, 1 failed');
    process.exit(run.status ?? 1);
  }
}

console.log('\n▶ test suites (vitest)');
mkdirSync('artifacts', { recursive: true });
const report = 'artifacts/vitest-report.json';
const vitest = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
}
process.exit(vitest.status ?? 1);
