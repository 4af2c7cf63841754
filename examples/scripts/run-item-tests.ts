// Throwaway: compiles every examples/items/*.json with the engine and runs its embedded tests with
// both evaluators (compiled closures and json-rules-engine), then lints it when the linter exists.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceItem } from '@onewindow/schemas';
import {
  checkWithReference,
  compareExpectation,
  compile,
  runItemTests,
} from '../../runtime/src/engine/index.ts';

const dir = join(import.meta.dirname, '..', 'items');
const lintPath = join(import.meta.dirname, '..', '..', 'schemas', 'src', 'lint', 'index.ts');
const lint = existsSync(lintPath) ? await import(lintPath) : null;

let failed = 0;
for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const item = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ServiceItem;
  const compiled = compile(item);
  const report = runItemTests(compiled, item.tests ?? []);
  for (const [i, run] of report.results.entries()) {
    const test = (item.tests ?? [])[i];
    const reference = await checkWithReference(compiled, test.input, { today: test.today });
    const refFailures = compareExpectation(test.expect, reference);
    const ok = run.pass && refFailures.length === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'PASS' : 'FAIL'} ${file} :: ${run.name}`);
    for (const f of run.failures) console.log(`     compiled: ${f}`);
    for (const f of refFailures) console.log(`     reference: ${f}`);
  }
  console.log(
    `${file}: ${report.results.length} tests, uncovered rules: ${JSON.stringify(report.uncoveredRules)}`,
  );
  if (lint?.lintDefinition) {
    const findings = await lint.lintDefinition(item);
    for (const f of findings ?? []) console.log('   lint:', JSON.stringify(f));
  }
}
process.exitCode = failed ? 1 : 0;
