import type { FormError } from '@onewindow/schemas';
import { readApplicant } from './applicant-facts.ts';
import type { RuleFacts } from './fact-values.ts';
import { canonicalJson } from './hash.ts';
import { isJsonObject, type JsonValue, toJsonValue } from './to-json-value.ts';
import type { CompiledItem } from './types.ts';

/** A case made ready for rules: everything but the rule evaluation, shared by both evaluators. */
export interface PreparedCase {
  facts: RuleFacts;
  formErrors: FormError[];
  /** sha256 of the canonical JSON of `{form, materials, today}`. */
  factsHash: string;
}

const BORN_AFTER_TODAY = {
  'zh-CN': '身份证号码中的出生日期晚于今天',
  en: 'The birth date in this ID number is after today',
};

function providedMaterials(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const codes: string[] = [];
  for (const v of value) if (typeof v === 'string') codes.push(v);
  codes.sort();
  // Sorted, so duplicates are adjacent: drop them in place.
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (n === 0 || codes[i] !== codes[n - 1]) codes[n++] = codes[i];
  codes.length = n;
  return codes;
}

/**
 * Steps a–c of a check, which never throw for a bad case: the input is made JSON-clean (see
 * `toJsonValue`), the form data is pruned to the active branches of the form schema, validated, and
 * turned into facts. Form data that is not an object is kept as it is, so ajv reports its type.
 */
export function prepareCase(compiled: CompiledItem, input: unknown, today: string): PreparedCase {
  const raw = isJsonObject(input) ? input : {};
  const formData: JsonValue = toJsonValue(raw.formData) ?? {};
  const form = compiled.form.prune(formData);
  const formErrors: FormError[] = compiled.form.validate(form);
  const materials = providedMaterials(raw.materials);
  const pointer = compiled.form.applicantIdField;
  const applicant = readApplicant(form, pointer, today);
  if (applicant.bornAfterToday && pointer !== null) {
    formErrors.push({
      path: pointer,
      keyword: 'format',
      message: BORN_AFTER_TODAY,
      params: { format: 'cn-id-card', reason: 'born-after-today' },
    });
  }
  const facts: RuleFacts = { form, materials, applicant: applicant.facts, today };
  return { facts, formErrors, factsHash: compiled.sha256Hex(canonicalJson({ form, materials, today })) };
}
