import { type CompiledItem, runItemTests, type WorkCalendar } from '@onewindow/runtime/engine';
import type { CheckResult, ItemTest } from '@onewindow/schemas';
import { type Difference, expectationDiff } from './expectation-diff.ts';

/** One test, run in the browser. */
export type TestRun =
  | {
      status: 'pass' | 'fail';
      result: CheckResult;
      differences: Difference[];
      /** The engine's own lines (zh-CN / en), for a difference the tab cannot name (should be none). */
      failures: string[];
    }
  /** The test itself cannot be checked (e.g. a date typed wrong in the JSON tab). */
  | { status: 'error'; message: string };

/** Every test of the working copy, run, with the rules no test fired. */
export interface TestsReport {
  /** The tests as they were when run: a row shows its run only while its test is still this object. */
  tests: readonly ItemTest[];
  compiled: CompiledItem;
  runs: TestRun[];
  /** Ids of the rules that fired in no test, in definition order. */
  uncoveredRules: string[];
  passed: number;
  failed: number;
}

/**
 * Runs each test with the engine's `runItemTests` (as the CLI and the server do, against the working-day
 * calendar), one at a time so a test that cannot run fails alone instead of hiding the others.
 */
export function runTests(
  compiled: CompiledItem,
  tests: readonly ItemTest[],
  calendar: WorkCalendar | undefined,
): TestsReport {
  const fired = new Set<string>();
  const runs = tests.map((test): TestRun => {
    try {
      const [run] = runItemTests(compiled, [test], { calendar }).results;
      for (const r of run.result.rules) if (r.fired) fired.add(r.id);
      return {
        status: run.pass ? 'pass' : 'fail',
        result: run.result,
        differences: run.pass ? [] : expectationDiff(test.expect, run.result),
        failures: run.failures,
      };
    } catch (error) {
      return { status: 'error', message: error instanceof Error ? error.message : String(error) };
    }
  });
  const uncoveredRules = compiled.definition.rules.map((r) => r.id).filter((id) => !fired.has(id));
  const passed = runs.filter((r) => r.status === 'pass').length;
  return { tests, compiled, runs, uncoveredRules, passed, failed: runs.length - passed };
}
