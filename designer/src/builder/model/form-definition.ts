import { parsePath } from '@onewindow/runtime/engine';
import { analyzePattern, type PatternVerdict, type ServiceItem } from '@onewindow/schemas';
import { type FormParts, isWithin } from './form-tree.ts';
import { isObject, type JsonObject, own } from './json.ts';

const NO_UI: JsonObject = {};

/** The form of a definition as the builder edits it (the same objects, so memoised views stay valid). */
export function formPartsOf(definition: ServiceItem): FormParts {
  const { schema, uiSchema } = definition.form;
  return { schema: schema as JsonObject, uiSchema: uiSchema ?? NO_UI };
}

/** `definition` with its form replaced by `parts` (the same definition when nothing changed). */
export function withFormParts(definition: ServiceItem, parts: FormParts): ServiceItem {
  const { form } = definition;
  if (parts.schema === form.schema && parts.uiSchema === (form.uiSchema ?? NO_UI)) return definition;
  return { ...definition, form: { ...form, schema: parts.schema, uiSchema: parts.uiSchema } };
}

/**
 * `applicantIdField` follows a field that moved or was renamed from `from` to `to` (`null`: removed,
 * which drops it, so lint does not report a field that is gone on purpose).
 */
export function followField(definition: ServiceItem, from: string, to: string | null): ServiceItem {
  const id = definition.applicantIdField;
  if (id === undefined || !isWithin(id, from)) return definition;
  if (to === null) {
    const { applicantIdField: _dropped, ...rest } = definition;
    return rest;
  }
  return { ...definition, applicantIdField: to + id.slice(from.length) };
}

/** A rule's form path (`a.b.0` or `/a/b/0`) as a field pointer (`/a/b/*`). */
function fieldPointerOf(path: string): string {
  return parsePath(path)
    .map((s) => (/^\d+$/.test(s) ? '*' : s.replace(/~/g, '~0').replace(/\//g, '~1')))
    .map((s) => `/${s}`)
    .join('');
}

/** The ids of the rules that read the form field at `pointer` (or inside it), in rule order. */
export function rulesReading(definition: ServiceItem, pointer: string): string[] {
  const ids: string[] = [];
  const reads = (node: unknown): boolean => {
    if (!isObject(node)) return false;
    for (const key of ['all', 'any'] as const) {
      const list = own(node, key);
      if (Array.isArray(list) && list.some(reads)) return true;
    }
    if (reads(own(node, 'not'))) return true;
    const refs = [node, own(node, 'value')];
    return refs.some((ref) => {
      const path = own(ref, 'path');
      return (
        own(ref, 'fact') === 'form' && typeof path === 'string' && isWithin(fieldPointerOf(path), pointer)
      );
    });
  };
  for (const rule of definition.rules ?? []) if (reads(rule.conditions)) ids.push(rule.id);
  return ids;
}

/** Why `pattern` must not be used (a regex that may not compile or run in bounded time), or `undefined`. */
export function patternProblem(pattern: string): Exclude<PatternVerdict, { safe: true }> | undefined {
  const verdict = analyzePattern(pattern);
  return verdict.safe ? undefined : verdict;
}
