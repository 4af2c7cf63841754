import { type CompiledItem, runItemTests, type WorkCalendar } from '@onewindow/runtime/engine';
import type { CheckResult, Outcome } from '@onewindow/schemas';

/** One embedded test, run on the server. */
export interface ItemTestOutcome {
  name: string;
  pass: boolean;
  /** What differs from `expect`, one zh-CN / en line each. */
  failures: string[];
  outcome: Outcome;
  result: CheckResult;
}

/** The embedded tests of a definition, run with the same `runItemTests` as `onewindow test`. */
export interface ItemTestReport {
  passed: number;
  failed: number;
  results: ItemTestOutcome[];
  /** Rules no test fired. */
  uncoveredRules: string[];
}

/** Runs every embedded test of a compiled definition against the working-day calendar. */
export function runEmbeddedTests(compiled: CompiledItem, calendar: WorkCalendar): ItemTestReport {
  const run = runItemTests(compiled, compiled.definition.tests ?? [], { calendar });
  const results = run.results.map((r) => ({
    name: r.name,
    pass: r.pass,
    failures: r.failures,
    outcome: r.result.outcome,
    result: r.result,
  }));
  const passed = results.filter((r) => r.pass).length;
  return { passed, failed: results.length - passed, results, uncoveredRules: run.uncoveredRules };
}
