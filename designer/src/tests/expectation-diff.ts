import type { CheckResult, ItemTestExpectation, Outcome } from '@onewindow/schemas';

/** A set-valued expectation compared exactly (order and repeats ignored). */
export type ExactSet = 'missingMaterials' | 'formErrors' | 'fees' | 'warnings';

/** One way a result differs from a test's expectation, as data the tab shows in words. */
export type Difference =
  | { kind: 'outcome'; expected: Outcome; actual: Outcome }
  /** An expected rule id the definition does not have. */
  | { kind: 'unknown-rule'; rule: string }
  | { kind: 'should-fire'; rule: string }
  | { kind: 'should-not-fire'; rule: string }
  | { kind: 'set'; what: ExactSet; expected: string[]; actual: string[] }
  | { kind: 'required-material'; material: string }
  | { kind: 'fee-total'; expected: number; actual: number }
  | { kind: 'route'; expected: string | null; actual: string | null };

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  return left.size === right.size && [...left].every((x) => right.has(x));
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/**
 * How `result` differs from `expect`, with the semantics of the engine's `compareExpectation` (which
 * decides pass/fail; this says the same thing as data, so the differences can name fields, rules and
 * materials the way the form does): `fired`, `notFired`, `requiredMaterials` are subset checks;
 * `missingMaterials`, `formErrors`, `fees`, `warnings` exact sets; `feeTotal` to the fen; `route` the
 * destination or null.
 */
export function expectationDiff(expect: ItemTestExpectation, result: CheckResult): Difference[] {
  const out: Difference[] = [];
  if (result.outcome !== expect.outcome) {
    out.push({ kind: 'outcome', expected: expect.outcome, actual: result.outcome });
  }
  const rules = new Map(result.rules.map((r) => [r.id, r.fired]));
  for (const rule of expect.fired ?? []) {
    if (!rules.has(rule)) out.push({ kind: 'unknown-rule', rule });
    else if (!rules.get(rule)) out.push({ kind: 'should-fire', rule });
  }
  for (const rule of expect.notFired ?? []) {
    if (!rules.has(rule)) out.push({ kind: 'unknown-rule', rule });
    else if (rules.get(rule)) out.push({ kind: 'should-not-fire', rule });
  }
  const actual: Record<ExactSet, string[]> = {
    missingMaterials: result.materials.filter((m) => m.missing).map((m) => m.code),
    formErrors: result.formErrors.map((e) => e.path),
    fees: result.fees.map((f) => f.code),
    warnings: result.warnings.map((w) => w.rule),
  };
  const exact = (what: ExactSet) => {
    const expected = expect[what];
    if (expected && !sameSet(expected, actual[what])) {
      out.push({ kind: 'set', what, expected: unique(expected), actual: unique(actual[what]) });
    }
  };
  exact('missingMaterials');
  for (const material of expect.requiredMaterials ?? []) {
    if (!result.materials.find((m) => m.code === material)?.required) {
      out.push({ kind: 'required-material', material });
    }
  }
  exact('formErrors');
  exact('fees');
  if (expect.feeTotal !== undefined && Math.abs(expect.feeTotal - result.feeTotal) >= 0.005) {
    out.push({ kind: 'fee-total', expected: expect.feeTotal, actual: result.feeTotal });
  }
  exact('warnings');
  if (expect.route !== undefined) {
    const to = result.route?.to ?? null;
    if (to !== expect.route) out.push({ kind: 'route', expected: expect.route, actual: to });
  }
  return out;
}
