import { runItemTests } from '../engine/index.ts';
import { CliError } from './cli-error.ts';
import { findJsonFiles } from './find-definitions.ts';
import { loadCalendar } from './load-calendar.ts';
import { loadDefinition } from './load-definition.ts';
import type { Locale } from './locale.ts';
import { readJson } from './read-json.ts';

const looksLikeDefinition = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && 'code' in value && 'form' in value && 'rules' in value;

/**
 * `onewindow test <file-or-dir>...`: runs every definition's embedded tests, prints pass/fail per test
 * and the rules no test fired (coverage); exit 1 on any failure.
 */
export function testCommand(paths: string[], locale: Locale): number {
  if (paths.length === 0) throw new CliError('test: usage: onewindow test <file-or-dir>...');
  const en = locale === 'en';
  const calendar = loadCalendar();
  let passed = 0;
  let failed = 0;
  for (const file of findJsonFiles(paths)) {
    // Inside folders, JSON that is not a service item (a calendar, a case) is passed over, not failed.
    if (!paths.includes(file) && !looksLikeDefinition(readJson(file))) continue;
    const compiled = loadDefinition(file);
    const tests = compiled.definition.tests ?? [];
    const run = runItemTests(compiled, tests, { calendar });
    console.log(
      `\n${file} — ${compiled.definition.name['zh-CN']} (${tests.length} ${en ? 'tests' : '个测试'})`,
    );
    for (const t of run.results) {
      console.log(`  ${t.pass ? '✓' : '✗'} ${t.name}`);
      for (const failure of t.failures) console.log(`      ${failure}`);
      if (t.pass) passed++;
      else failed++;
    }
    if (run.uncoveredRules.length > 0) {
      const label = en ? 'rules no test fires' : '未被任何测试触发的规则';
      console.log(`  ${label}: ${run.uncoveredRules.join(', ')}`);
    } else {
      console.log(`  ${en ? 'every rule is fired by a test' : '每条规则都有测试触发'}`);
    }
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed > 0 ? 1 : 0;
}
