import { getIn, setIn } from '../../editor/set-in.ts';
import { KEY_PATTERN } from './add-field.ts';
import { blockPath, blocksOf, branchesDeclaring, declarationsOf } from './container-schema.ts';
import { containerNode, containerOrder, setOrder, updateBranch, updateContainer } from './form-edit.ts';
import { type FieldNode, type FormParts, fieldPointer } from './form-tree.ts';
import { isObject, type JsonObject, own } from './json.ts';

/** An object with key `from` renamed to `to`, in the same position. */
function renameKey(object: JsonObject, from: string, to: string): JsonObject {
  if (!Object.hasOwn(object, from)) return object;
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [k === from ? to : k, v]));
}

function renameInList(list: unknown, from: string, to: string): unknown {
  return Array.isArray(list) && list.includes(from) ? list.map((k) => (k === from ? to : k)) : list;
}

function renameRequired(node: JsonObject, from: string, to: string): JsonObject {
  const required = renameInList(node.required, from, to);
  return required === node.required ? node : { ...node, required };
}

/** An `if` schema with its mentions of field `from` (properties, required, nested allOf/anyOf/oneOf/not) renamed. */
function renameInIf(schema: unknown, from: string, to: string): unknown {
  if (!isObject(schema)) return schema;
  let next = renameRequired(schema, from, to);
  if (isObject(next.properties)) next = { ...next, properties: renameKey(next.properties, from, to) };
  for (const list of ['allOf', 'anyOf', 'oneOf'] as const) {
    const entries = own(next, list);
    if (Array.isArray(entries)) next = { ...next, [list]: entries.map((e) => renameInIf(e, from, to)) };
  }
  if (Object.hasOwn(next, 'not')) next = { ...next, not: renameInIf(next.not, from, to) };
  return next;
}

/** A container schema with field `from` renamed to `to` everywhere it is declared, required or watched. */
function renameInContainer(node: JsonObject, from: string, to: string): JsonObject {
  let next = node;
  for (const branch of branchesDeclaring(node, from)) {
    next = updateBranch(next, branch, (b) =>
      isObject(b.properties) ? { ...b, properties: renameKey(b.properties, from, to) } : b,
    );
  }
  next = renameRequired(next, from, to);
  for (const block of blocksOf(next)) {
    const path = blockPath(block.ref);
    let b = getIn(next, path) as JsonObject;
    b = { ...b, if: renameInIf(b.if, from, to) };
    for (const side of ['then', 'else'] as const) {
      if (isObject(b[side])) b = { ...b, [side]: renameRequired(b[side] as JsonObject, from, to) };
    }
    next = path.length === 0 ? b : setIn(next, path, b);
  }
  const dependencies = own(next, 'dependencies');
  if (isObject(dependencies)) {
    const renamed = Object.fromEntries(
      Object.entries(renameKey(dependencies, from, to)).map(([source, dep]) => [
        source,
        Array.isArray(dep)
          ? renameInList(dep, from, to)
          : isObject(dep)
            ? renameRequired(dep, from, to)
            : dep,
      ]),
    );
    next = { ...next, dependencies: renamed };
  }
  return next;
}

export type RenameRefusal = 'invalid' | 'taken';

/** Why `key` cannot be the new key of `field`, or `undefined` when it can. */
export function renameRefusal(parts: FormParts, field: FieldNode, key: string): RenameRefusal | undefined {
  if (!KEY_PATTERN.test(key)) return 'invalid';
  if (key === field.key) return undefined;
  const taken = declarationsOf(containerNode(parts, field.container)).some((d) => d.key === key);
  return taken ? 'taken' : undefined;
}

/**
 * Renames a field's key: its declarations, `required` entries and the conditions that watch it in
 * its container, its uiSchema node (same position) and its `ui:order` entry. Rules that read the old
 * key are not changed (lint reports them; see `rulesReading`). Returns `parts` unchanged when refused.
 */
export function renameField(
  parts: FormParts,
  field: FieldNode,
  key: string,
): { parts: FormParts; pointer: string; refusal?: RenameRefusal } {
  const refusal = renameRefusal(parts, field, key);
  if (refusal || key === field.key) return { parts, pointer: field.pointer, refusal };
  const { container } = field;
  const order = containerOrder(parts, container).map((k) => (k === field.key ? key : k));
  let next = updateContainer(parts, container, (node) => renameInContainer(node, field.key, key));
  const ui = getIn(next.uiSchema, container.uiPath);
  if (isObject(ui) && Object.hasOwn(ui, field.key)) {
    next = { ...next, uiSchema: setIn(next.uiSchema, container.uiPath, renameKey(ui, field.key, key)) };
  }
  next = setOrder(next, container, order);
  return { parts: next, pointer: fieldPointer(container, key) };
}
