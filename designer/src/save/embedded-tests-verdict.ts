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

const TEXTS = new Set(['title', 'description']);

/**
 * The definition as text, less its form schema's `title`s and `description`s: the labels of the
 * fields decide nothing a test compares (outcome, rule ids, material codes, error paths, fees,
 * route), so a verdict holds for every definition with the same key. Only strings are left out, so
 * a field called "title" (a schema) stays.
 */
function verdictKey(definition: ServiceItem): string {
  const { form } = definition;
  const schema = JSON.stringify(form.schema, (key, value) =>
    TEXTS.has(key) && typeof value === 'string' ? undefined : value,
  );
  return `${schema}\n${JSON.stringify({ ...definition, form: { ...form, schema: null } })}`;
}

const byObject = new WeakMap<ServiceItem, WeakMap<WorkCalendar, TestsVerdict>>();
// The last verdict by key and calendar: typing a field's label makes a new definition on every
// keystroke, and compiling two hundred fields again costs a tenth of a second or more each time.
let last: { key: string; calendar: WorkCalendar; verdict: TestsVerdict } | undefined;

/**
 * Compiles the working copy and runs its embedded tests (`runItemTests`, the runner the server uses
 * before publishing) with the centre's working-day calendar; once per definition object and calendar,
 * and not again for a definition that differs from the last one only in its form's labels.
 * Call it only for a definition without lint errors: those are reported by lint, not here.
 */
export function embeddedTestsVerdict(definition: ServiceItem, calendar: WorkCalendar): TestsVerdict {
  let byCalendar = byObject.get(definition);
  const known = byCalendar?.get(calendar);
  if (known) return known;
  const key = verdictKey(definition);
  const verdict = last?.key === key && last.calendar === calendar ? last.verdict : run(definition, calendar);
  last = { key, calendar, verdict };
  if (!byCalendar) {
    byCalendar = new WeakMap();
    byObject.set(definition, byCalendar);
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
