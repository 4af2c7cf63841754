import { toJsonValue } from '@onewindow/runtime/engine';
import type { CheckResult, ItemTest, ItemTestExpectation, Material } from '@onewindow/schemas';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What the test editor holds while the administrator fills it in. */
export interface TestDraft {
  name: string;
  description: string;
  /** The check date, `YYYY-MM-DD`. */
  today: string;
  formData: Record<string, unknown>;
  /** Codes of the materials ticked as provided. */
  materials: readonly string[];
  expect: ItemTestExpectation;
}

/** A new test: empty form, nothing provided, expected to be accepted, checked on `today`. */
export function blankDraft(name: string, today: string): TestDraft {
  return { name, description: '', today, formData: {}, materials: [], expect: { outcome: 'accept' } };
}

/**
 * The editor's copy of a stored test, tolerant of a test typed by hand in the JSON tab (`today` is
 * used when it has no valid check date).
 */
export function draftOf(stored: ItemTest, today: string): TestDraft {
  const test: Partial<ItemTest> = isRecord(stored) ? stored : {};
  const input = isRecord(test.input) ? test.input : { formData: {} };
  return {
    name: typeof test.name === 'string' ? test.name : '',
    description: typeof test.description === 'string' ? test.description : '',
    today: typeof test.today === 'string' && DATE.test(test.today) ? test.today : today,
    formData: isRecord(input.formData) ? input.formData : {},
    materials: Array.isArray(input.materials) ? input.materials : [],
    expect: isRecord(test.expect) ? test.expect : { outcome: 'accept' },
  };
}

/** The subset expectations: an empty list says nothing, so it is left out. */
const SUBSET_KEYS = ['fired', 'notFired', 'requiredMaterials'] as const;

/**
 * The test to store (item-test.schema.json): JSON-clean form data, materials in the definition's
 * order, no empty subset expectations, no blank description. Exact-set expectations stay even when
 * empty: `missingMaterials: []` means "nothing may be missing".
 */
export function toItemTest(draft: TestDraft, materials: readonly Material[]): ItemTest {
  const provided = new Set(draft.materials);
  const known = materials.map((m) => m.code).filter((code) => provided.has(code));
  const unknown = draft.materials.filter((code) => !known.includes(code));
  const expect: ItemTestExpectation = { ...draft.expect };
  for (const key of SUBSET_KEYS) if (expect[key]?.length === 0) delete expect[key];
  const test: ItemTest = {
    name: draft.name.trim(),
    today: draft.today,
    input: {
      formData: toJsonValue(draft.formData) as Record<string, unknown>,
      materials: [...known, ...unknown],
    },
    expect,
  };
  const description = draft.description.trim();
  return description ? { ...test, description } : test;
}

/**
 * The expectation "exactly what the engine says now": outcome, rules that fired and did not, missing
 * materials, form error paths, fees, fee total, warnings and route. `requiredMaterials` is kept as
 * the administrator set it (the missing materials already pin what a case lacks).
 */
export function expectationFrom(result: CheckResult, previous: ItemTestExpectation): ItemTestExpectation {
  const expect: ItemTestExpectation = {
    outcome: result.outcome,
    fired: result.rules.filter((r) => r.fired).map((r) => r.id),
    notFired: result.rules.filter((r) => !r.fired).map((r) => r.id),
    missingMaterials: result.materials.filter((m) => m.missing).map((m) => m.code),
    formErrors: [...new Set(result.formErrors.map((e) => e.path))],
    fees: result.fees.map((f) => f.code),
    feeTotal: result.feeTotal,
    warnings: result.warnings.map((w) => w.rule),
    route: result.route?.to ?? null,
  };
  if (previous.requiredMaterials) expect.requiredMaterials = previous.requiredMaterials;
  return expect;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
