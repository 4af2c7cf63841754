// Throwaway: checks per second of the benchmark item (resident-id-card-renewal) over its test inputs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceItem } from '@onewindow/schemas';
import { check, compile } from '../../runtime/src/engine/index.ts';

const item = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', 'items', 'resident-id-card-renewal.json'), 'utf8'),
) as ServiceItem;
const compiled = compile(item);
const tests = item.tests ?? [];
for (let i = 0; i < 2000; i++) check(compiled, tests[i % tests.length].input, { today: '2026-03-16' });
const n = 20000;
const start = performance.now();
for (let i = 0; i < n; i++) check(compiled, tests[i % tests.length].input, { today: '2026-03-16' });
const ms = performance.now() - start;
console.log(`${n} checks in ${ms.toFixed(0)} ms = ${Math.round((n / ms) * 1000)} checks/s`);
