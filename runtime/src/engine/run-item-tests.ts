import type { CheckResult, ItemTest } from '@onewindow/schemas';
import { check } from './check.ts';
import { compareExpectation } from './compare-expectation.ts';
import type { CompiledItem } from './types.ts';

/** One embedded test, run. */
export interface ItemTestRun {
  name: string;
  pass: boolean;
  /** What differs from `expect`, one line each in zh-CN / en; empty when it passes. */
  failures: string[];
  result: CheckResult;
}

/** Every embedded test of a definition, run, and the rules no test exercised. */
export interface ItemTestsReport {
  results: ItemTestRun[];
  /** Ids of rules that fired in no test, in definition order: behaviour nobody has pinned down. */
  uncoveredRules: string[];
}

/** Options of {@link runItemTests}. */
export interface RunItemTestsOptions {
  calendar?: unknown;
}

/**
 * Runs a definition's embedded tests (each at its own `today`) with the compiled evaluator and
 * compares each result to its `expect` (see `compareExpectation` for the semantics). A version may
 * be published only when every test passes.
 */
export function runItemTests(
  compiled: CompiledItem,
  tests: readonly ItemTest[],
  options: RunItemTestsOptions = {},
): ItemTestsReport {
  const firedSomewhere = new Set<string>();
  const results = tests.map((test): ItemTestRun => {
    const result = check(compiled, test.input, { today: test.today, calendar: options.calendar });
    for (const r of result.rules) if (r.fired) firedSomewhere.add(r.id);
    const failures = compareExpectation(test.expect, result);
    return { name: test.name, pass: failures.length === 0, failures, result };
  });
  const uncoveredRules = compiled.definition.rules.map((r) => r.id).filter((id) => !firedSomewhere.has(id));
  return { results, uncoveredRules };
}
