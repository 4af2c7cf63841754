import { declarationsOf } from './container-schema.ts';
import { KIND_TEMPLATES, type PaletteKind } from './field-kinds.ts';
import { containerNode, containerOrder, setOrder, updateContainer, updateUi } from './form-edit.ts';
import { type Container, type FormParts, fieldPointer } from './form-tree.ts';
import type { JsonObject } from './json.ts';
import { SHARED_FIELDS } from './shared-fields.ts';

/** What a field key may look like: a letter, then letters, digits or `_` (rules address it by dot path). */
export const KEY_PATTERN = /^[A-Za-z][A-Za-z0-9_]{0,49}$/;

/** `base`, or `base2`, `base3`… — the first one not in `taken`. */
export function uniqueKey(taken: Iterable<string>, base: string): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** A new field: its schema and uiSchema as they will be written, and the key to start from. */
export interface NewField {
  baseKey: string;
  schema: JsonObject;
  ui: JsonObject;
}

export interface AddedField {
  parts: FormParts;
  key: string;
  pointer: string;
}

/**
 * Adds a field to `container` at `index` of its display order (clamped): a key unique in the
 * container (its base, or base2, base3…), the schema in `properties`, its uiSchema node, and the key
 * in `ui:order`.
 */
export function addField(parts: FormParts, container: Container, index: number, field: NewField): AddedField {
  const taken = declarationsOf(containerNode(parts, container)).map((d) => d.key);
  const key = uniqueKey(taken, field.baseKey);
  const order = containerOrder(parts, container);
  let next = updateContainer(parts, container, (node) => ({
    ...node,
    properties: { ...(node.properties as JsonObject | undefined), [key]: field.schema },
  }));
  if (Object.keys(field.ui).length > 0) next = updateUi(next, [...container.uiPath, key], () => field.ui);
  const at = Math.max(0, Math.min(index, order.length));
  next = setOrder(next, container, [...order.slice(0, at), key, ...order.slice(at)]);
  return { parts: next, key, pointer: fieldPointer(container, key) };
}

/** The new field of a palette type: its template with the default label (zh title, en in `ui:en`). */
export function paletteField(kind: PaletteKind): NewField {
  const template = KIND_TEMPLATES[kind];
  const { type, ...rest } = template.schema;
  return {
    baseKey: template.baseKey,
    schema: { type, title: template.label['zh-CN'], ...rest },
    ui: { ...template.ui, 'ui:en': { title: template.label.en } },
  };
}

/** The new field of a shared data-dictionary entry (its fixed `x-sharedKey`). */
export function sharedDictionaryField(sharedKey: string): NewField | undefined {
  const shared = SHARED_FIELDS.find((f) => f.sharedKey === sharedKey);
  return shared && { baseKey: shared.key, schema: shared.schema, ui: shared.ui };
}
