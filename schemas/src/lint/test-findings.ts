import { appendPointer } from './json-pointer.ts';
import type { LintContext } from './lint-context.ts';
import { finding, type LintFinding, type LintSeverity } from './lint-finding.ts';
import { arrayAt, objectAt, objectItems } from './read-json.ts';

interface NameCheck {
  /** Where the names sit inside a test, e.g. `['expect', 'fired']`. */
  readonly path: readonly [string, string];
  readonly code: 'test-unknown-rule' | 'test-unknown-material' | 'test-unknown-fee';
  readonly severity: LintSeverity;
}

const CHECKS: readonly NameCheck[] = [
  { path: ['expect', 'fired'], code: 'test-unknown-rule', severity: 'error' },
  { path: ['expect', 'notFired'], code: 'test-unknown-rule', severity: 'error' },
  { path: ['expect', 'warnings'], code: 'test-unknown-rule', severity: 'error' },
  { path: ['expect', 'missingMaterials'], code: 'test-unknown-material', severity: 'error' },
  { path: ['expect', 'requiredMaterials'], code: 'test-unknown-material', severity: 'error' },
  { path: ['expect', 'fees'], code: 'test-unknown-fee', severity: 'error' },
  // a case may bring a paper the item does not ask for; suspicious, not wrong
  { path: ['input', 'materials'], code: 'test-unknown-material', severity: 'warning' },
];

const TEXT = {
  'test-unknown-rule': ['没有编号为“{}”的规则', 'No rule has the id "{}"'],
  'test-unknown-material': ['没有编码为“{}”的材料', 'No material has the code "{}"'],
  'test-unknown-fee': ['没有编码为“{}”的收费项目', 'No fee has the code "{}"'],
} as const;

/**
 * Findings in the embedded tests: `test-unknown-rule`, `test-unknown-material`, `test-unknown-fee`
 * for expectations naming what the item does not have (errors: the test could never pass, or passes
 * vacuously), and `test-unknown-material` as a warning for a case's input naming an unknown material.
 */
export function testFindings(ctx: LintContext): LintFinding[] {
  const known = {
    'test-unknown-rule': ctx.ruleIds,
    'test-unknown-material': new Set(ctx.materials.keys()),
    'test-unknown-fee': ctx.feeCodes,
  };
  const findings: LintFinding[] = [];
  for (const [index, test] of objectItems(arrayAt(ctx.definition, 'tests'))) {
    for (const { path, code, severity } of CHECKS) {
      arrayAt(objectAt(test, path[0]), path[1]).forEach((name, j) => {
        if (typeof name !== 'string' || known[code].has(name)) return;
        const [zh, en] = TEXT[code];
        findings.push(
          finding(
            severity,
            code,
            appendPointer('/tests', index, ...path, j),
            zh.replace('{}', name),
            en.replace('{}', name),
          ),
        );
      });
    }
  }
  return findings;
}
