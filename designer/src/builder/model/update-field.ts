import { getIn, setIn } from '../../editor/set-in.ts';
import { updateUi } from './form-edit.ts';
import type { FieldNode, FormParts } from './form-tree.ts';
import { isObject, type JsonObject, own } from './json.ts';

/** A change to some keys of an object: `undefined` removes the key. */
export type Patch = Readonly<Record<string, unknown>>;

function applyPatch(object: JsonObject, patch: Patch): JsonObject {
  let next = object;
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined ? !Object.hasOwn(next, key) : next[key] === value) continue;
    if (value === undefined) {
      const { [key]: _removed, ...rest } = next;
      next = rest;
    } else {
      next = { ...next, [key]: value };
    }
  }
  return next;
}

/** Changes keywords of a field's JSON Schema (where it is declared): `title`, `maxLength`, `default`… */
export function updateFieldSchema(parts: FormParts, field: FieldNode, patch: Patch): FormParts {
  const before = getIn(parts.schema, field.schemaPath);
  if (!isObject(before)) return parts;
  const after = applyPatch(before, patch);
  return after === before ? parts : { ...parts, schema: setIn(parts.schema, field.schemaPath, after) };
}

/** Changes keys of a field's uiSchema node: `ui:help`, `ui:placeholder`, `ui:readonly`… */
export function updateFieldUi(parts: FormParts, field: FieldNode, patch: Patch): FormParts {
  return updateUi(parts, field.uiPath, (node) => applyPatch(node, patch));
}

/**
 * The English texts of a field, kept in its uiSchema node as `ui:en` (`{title, description, help,
 * placeholder, enumNames}`): the form schema is compiled by the engine's strict ajv, which accepts no
 * other keyword, while rjsf ignores uiSchema keys it does not use. The zh-CN texts are the schema's
 * own (`title`, `description`) and the node's (`ui:help`, `ui:placeholder`, `ui:enumNames`).
 */
export interface EnglishTexts {
  title?: string;
  description?: string;
  help?: string;
  placeholder?: string;
  enumNames?: string[];
}

/** The `ui:en` keys holding one text each. */
const TEXT_KEYS = ['title', 'description', 'help', 'placeholder'] as const;

/** The English texts of a field (see {@link EnglishTexts}). */
export function englishTexts(ui: unknown): EnglishTexts {
  const en = own(ui, 'ui:en');
  if (!isObject(en)) return {};
  const texts: EnglishTexts = {};
  for (const key of TEXT_KEYS) {
    const text = own(en, key);
    if (typeof text === 'string') texts[key] = text;
  }
  const names = own(en, 'enumNames');
  texts.enumNames = Array.isArray(names) ? names.map((n) => (typeof n === 'string' ? n : '')) : undefined;
  return texts;
}

/** Changes the English texts of a field; empty texts are removed. */
export function updateEnglish(parts: FormParts, field: FieldNode, patch: EnglishTexts): FormParts {
  return updateUi(parts, field.uiPath, (node) => {
    const before = own(node, 'ui:en');
    const texts: Record<string, string | undefined> = {};
    for (const key of TEXT_KEYS) if (key in patch) texts[key] = patch[key] || undefined;
    const en = applyPatch(isObject(before) ? before : {}, {
      ...texts,
      ...('enumNames' in patch
        ? { enumNames: patch.enumNames?.some((n) => n) ? patch.enumNames : undefined }
        : {}),
    });
    if (en === before) return node;
    return applyPatch(node, { 'ui:en': Object.keys(en).length === 0 ? undefined : en });
  });
}
