import type { ItemTest } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { runItemTests } from './run-item-tests.ts';
import { idCardRenewal } from './testing/id-card-renewal.ts';

const compiled = compile(idCardRenewal);
const tests = idCardRenewal.tests ?? [];
const withExpect = (test: ItemTest, expect: Partial<ItemTest['expect']>): ItemTest => ({
  ...test,
  expect: { ...test.expect, ...expect },
});

describe('runItemTests', () => {
  it('passes the fixture’s own tests and finds no uncovered rule', () => {
    const report = runItemTests(compiled, tests);
    expect(report.results.map((r) => [r.name, r.pass, r.failures])).toEqual(
      tests.map((t) => [t.name, true, []]),
    );
    expect(report.results[0].result.outcome).toBe('accept');
    expect(report.uncoveredRules).toEqual([]);
  });

  it('names the rules no test fired', () => {
    expect(runItemTests(compiled, [tests[0]]).uncoveredRules).toEqual([
      'rejectNotExpired',
      'requireLossStatement',
      'minorNeedsGuardian',
      'warnMinor',
      'feeReplacement',
      'routeAgent',
      'warnNoApplicant',
    ]);
  });

  it('explains each difference in zh-CN and en', () => {
    const wrong = withExpect(tests[2], {
      outcome: 'accept',
      fired: ['requireOldCard', 'nope'],
      notFired: ['routeAgent'],
      missingMaterials: ['oldIdCard'],
      requiredMaterials: ['photoReceipt', 'oldIdCard'],
      fees: [],
      feeTotal: 20,
      warnings: ['warnMinor', 'warnNoApplicant'],
      route: null,
    });
    const [run] = runItemTests(compiled, [wrong]).results;
    expect(run.pass).toBe(false);
    expect(run.failures).toEqual([
      '结论应为 accept，实际为 incomplete / outcome: expected accept, got incomplete',
      '规则 requireOldCard 应触发但未触发 / rule requireOldCard should fire but did not',
      '没有规则 nope / no rule nope',
      '规则 routeAgent 不应触发但触发了 / rule routeAgent should not fire but did',
      '缺少的材料应为 [oldIdCard]，实际为 [lossStatement] / missing materials: expected [oldIdCard], got [lossStatement]',
      '材料 oldIdCard 应为必需 / material oldIdCard should be required',
      '收费项目应为 []，实际为 [replacementFee] / fees: expected [], got [replacementFee]',
      '收费合计应为 20，实际为 40 / fee total: expected 20, got 40',
      '提示应为 [warnMinor, warnNoApplicant]，实际为 [warnMinor] / warnings: expected [warnMinor, warnNoApplicant], got [warnMinor]',
      '流转应为 null，实际为 agent-review / route: expected null, got agent-review',
    ]);
  });

  it('compares form errors as an exact set of JSON pointers, in any order', () => {
    const sameSet = withExpect(tests[3], { formErrors: ['/phone', '/name', '/idNumber', '/name'] });
    expect(runItemTests(compiled, [sameSet]).results[0].pass).toBe(true);
    const fewer = withExpect(tests[3], { formErrors: ['/phone'] });
    expect(runItemTests(compiled, [fewer]).results[0].failures).toEqual([
      '表单错误位置应为 [/phone]，实际为 [/idNumber, /name, /phone] / form error paths: expected [/phone], got [/idNumber, /name, /phone]',
    ]);
  });
});
