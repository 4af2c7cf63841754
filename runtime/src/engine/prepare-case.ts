import type { FormError } from '@onewindow/schemas';
import { readApplicant } from './applicant-facts.ts';
import type { RuleFacts } from './fact-values.ts';
import { asJsonValue, isJsonObject, type JsonValue, wellFormed } from './to-json-value.ts';
import type { CheckContext, CompiledItem } from './types.ts';

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

/** Up to this many codes are kept in order as they come; a longer list is sorted once at the end. */
const SMALL_LIST = 32;

/**
 * The material codes provided: the strings of `value` (made well-formed, as `toJsonValue` makes all
 * text of a case, so that the facts hash never meets a lone surrogate), unique and sorted by code unit.
 */
function providedMaterials(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const codes: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') continue;
    const v = wellFormed(item);
    if (codes.length >= SMALL_LIST) {
      codes.push(v);
      continue;
    }
    // Insertion into a short sorted list: cheaper than a sort call for the few codes a case has.
    let at = codes.length;
    while (at > 0 && codes[at - 1] > v) at--;
    if (at > 0 && codes[at - 1] === v) continue;
    codes.push(v);
    for (let i = codes.length - 1; i > at; i--) codes[i] = codes[i - 1];
    codes[at] = v;
  }
  if (codes.length <= SMALL_LIST) return codes;
  codes.sort();
  // Sorted, so duplicates are adjacent: drop them in place.
  let n = 0;
  for (let i = 0; i < codes.length; i++) if (n === 0 || codes[i] !== codes[n - 1]) codes[n++] = codes[i];
  codes.length = n;
  return codes;
}

/**
 * Steps a–c of a check, which never throw for a bad case: the input is made JSON-clean (see
 * `asJsonValue`: the caller's data itself when it already is, else `toJsonValue`'s copy; it is only
 * read, and values a result quotes, such as a trace's `actual`, may be the caller's own), the form
 * data is pruned to the active branches of the form schema, validated, and turned into facts. Form
 * data that is not an object is kept as it is, so ajv reports its type.
 */
export function prepareCase(
  compiled: CompiledItem,
  input: unknown,
  today: string,
  onFacts?: CheckContext['onFacts'],
): PreparedCase {
  const raw = isJsonObject(input) ? input : {};
  const formData: JsonValue = asJsonValue(raw.formData) ?? {};
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
  // The form and the material codes are JSON-clean by now; the writer asks about `today`, the caller's.
  const bytes = compiled.form.writeFacts(form, materials, today);
  const factsHash = compiled.sha256Hex(bytes);
  onFacts?.({ form, materials, canonical: bytes });
  return { facts, formErrors, factsHash };
}
