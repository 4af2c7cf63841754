import type { CheckResult, ItemTestExpectation } from '@onewindow/schemas';

const list = (items: readonly string[]): string => `[${[...items].sort().join(', ')}]`;

/** Exact-set comparison; a failure names both sets. Order and repeats are ignored. */
function sameSet(zh: string, en: string, expected: readonly string[], actual: readonly string[]): string[] {
  const want = new Set(expected);
  const got = new Set(actual);
  const equal = want.size === got.size && [...want].every((x) => got.has(x));
  if (equal) return [];
  return [
    `${zh}应为 ${list([...want])}，实际为 ${list([...got])} / ${en}: expected ${list([...want])}, got ${list([...got])}`,
  ];
}

/**
 * How a result differs from a test's `expect`, one human-readable line (zh-CN / en) per difference;
 * empty when it passes. Semantics as item-test.schema.json documents them: `fired`, `notFired` and
 * `requiredMaterials` are subset checks; `missingMaterials`, `formErrors` (JSON pointers), `fees`
 * (codes) and `warnings` (rule ids) are exact sets; `feeTotal` to the fen; `route` is the route's
 * destination or null.
 */
export function compareExpectation(expect: ItemTestExpectation, result: CheckResult): string[] {
  const failures: string[] = [];
  if (result.outcome !== expect.outcome) {
    failures.push(
      `结论应为 ${expect.outcome}，实际为 ${result.outcome} / outcome: expected ${expect.outcome}, got ${result.outcome}`,
    );
  }
  const rules = new Map(result.rules.map((r) => [r.id, r.fired]));
  for (const id of expect.fired ?? []) {
    if (!rules.has(id)) failures.push(`没有规则 ${id} / no rule ${id}`);
    else if (!rules.get(id)) failures.push(`规则 ${id} 应触发但未触发 / rule ${id} should fire but did not`);
  }
  for (const id of expect.notFired ?? []) {
    if (!rules.has(id)) failures.push(`没有规则 ${id} / no rule ${id}`);
    else if (rules.get(id)) failures.push(`规则 ${id} 不应触发但触发了 / rule ${id} should not fire but did`);
  }
  if (expect.missingMaterials) {
    const missing = result.materials.filter((m) => m.missing).map((m) => m.code);
    failures.push(...sameSet('缺少的材料', 'missing materials', expect.missingMaterials, missing));
  }
  for (const code of expect.requiredMaterials ?? []) {
    const material = result.materials.find((m) => m.code === code);
    if (!material?.required) failures.push(`材料 ${code} 应为必需 / material ${code} should be required`);
  }
  if (expect.formErrors) {
    const paths = result.formErrors.map((e) => e.path);
    failures.push(...sameSet('表单错误位置', 'form error paths', expect.formErrors, paths));
  }
  if (expect.fees) {
    failures.push(
      ...sameSet(
        '收费项目',
        'fees',
        expect.fees,
        result.fees.map((f) => f.code),
      ),
    );
  }
  if (expect.feeTotal !== undefined && Math.abs(expect.feeTotal - result.feeTotal) >= 0.005) {
    failures.push(
      `收费合计应为 ${expect.feeTotal}，实际为 ${result.feeTotal} / fee total: expected ${expect.feeTotal}, got ${result.feeTotal}`,
    );
  }
  if (expect.warnings) {
    failures.push(
      ...sameSet(
        '提示',
        'warnings',
        expect.warnings,
        result.warnings.map((w) => w.rule),
      ),
    );
  }
  if (expect.route !== undefined) {
    const to = result.route?.to ?? null;
    if (to !== expect.route) {
      failures.push(`流转应为 ${expect.route}，实际为 ${to} / route: expected ${expect.route}, got ${to}`);
    }
  }
  return failures;
}
