import { compile, runItemTests, type WorkCalendar } from '@onewindow/runtime/engine';
import type { ServiceItem } from '@onewindow/schemas';

/** What running a working copy's embedded tests in the browser says about publishing it. */
export type TestsVerdict =
  | { kind: 'passed'; count: number }
  | { kind: 'failed'; failed: { name: string; failures: string[] }[] }
  /** The engine refuses the definition (what lint could not see). */
  | { kind: 'uncompilable'; message: string }
  /** The tests could not be run at all (the engine tripped over something lint let through). */
  | { kind: 'broken'; message: string };

const cache = new WeakMap<ServiceItem, WeakMap<WorkCalendar, TestsVerdict>>();

/**
 * Compiles the working copy and runs its embedded tests (`runItemTests`, the runner the server uses
 * before publishing) with the centre's working-day calendar; once per definition object and calendar.
 * Call it only for a definition without lint errors: those are reported by lint, not here.
 */
export function embeddedTestsVerdict(definition: ServiceItem, calendar: WorkCalendar): TestsVerdict {
  let byCalendar = cache.get(definition);
  const known = byCalendar?.get(calendar);
  if (known) return known;
  const verdict = run(definition, calendar);
  if (!byCalendar) {
    byCalendar = new WeakMap();
    cache.set(definition, byCalendar);
  }
  byCalendar.set(calendar, verdict);
  return verdict;
}

function run(definition: ServiceItem, calendar: WorkCalendar): TestsVerdict {
  let compiled: ReturnType<typeof compile>;
  try {
    compiled = compile(definition);
  } catch (error) {
    return { kind: 'uncompilable', message: messageOf(error) };
  }
  let report: ReturnType<typeof runItemTests>;
  try {
    report = runItemTests(compiled, definition.tests ?? [], { calendar });
  } catch (error) {
    // A working copy mid-edit must never break the toolbar; the server's check has the last word.
    return { kind: 'broken', message: messageOf(error) };
  }
  const failed = report.results.filter((r) => !r.pass).map((r) => ({ name: r.name, failures: r.failures }));
  return failed.length > 0 ? { kind: 'failed', failed } : { kind: 'passed', count: report.results.length };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
