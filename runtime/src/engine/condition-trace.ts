import type { ConditionTrace } from '@onewindow/schemas';

/** The parts of a leaf condition a trace repeats. */
export interface LeafShape {
  fact: string;
  path: string | undefined;
  operator: string;
}

/**
 * The trace of one leaf condition. Both evaluators build leaves here, so their traces have the same
 * keys in the same order; `expected` and `actual` are left out when undefined (JSON has no undefined).
 */
export function leafTrace(
  leaf: LeafShape,
  result: boolean,
  actual: unknown,
  expected: unknown,
): ConditionTrace {
  const trace: ConditionTrace = { kind: 'leaf', result, fact: leaf.fact };
  if (leaf.path !== undefined) trace.path = leaf.path;
  trace.operator = leaf.operator;
  if (expected !== undefined) trace.expected = expected;
  if (actual !== undefined) trace.actual = actual;
  trace.missing = actual === undefined;
  return trace;
}

/** The trace of an `all` / `any` / `not` node over its children's traces, in definition order. */
export function groupTrace(
  kind: 'all' | 'any' | 'not',
  result: boolean,
  children: ConditionTrace[],
): ConditionTrace {
  return { kind, result, children };
}

/**
 * json-rules-engine's verdict for a boolean node from its children's results: `all` and `any` of
 * nothing are true (its `prioritizeAndRun` returns true for an empty list), `not` negates its child.
 * Evaluating every child gives the same verdict as its short-circuiting because operators are pure
 * and never throw.
 */
export function combine(kind: 'all' | 'any' | 'not', children: readonly ConditionTrace[]): boolean {
  if (kind === 'not') return children[0].result !== true;
  if (children.length === 0) return true;
  return kind === 'all' ? children.every((c) => c.result === true) : children.some((c) => c.result === true);
}
