import { getIn, type Path, setIn, updateIn } from '../../editor/set-in.ts';
import {
  type BlockRef,
  type Branch,
  blockPath,
  blocksOf,
  branchPath,
  declarationsOf,
  orderedKeys,
  requiredOf,
} from './container-schema.ts';
import type { Container, FormParts } from './form-tree.ts';
import { isObject, type JsonObject, jsonEqual, own, without } from './json.ts';

/** The object schema of a container (an empty object when the path holds none). */
export function containerNode(parts: FormParts, container: Container): JsonObject {
  const node = getIn(parts.schema, container.schemaPath);
  return isObject(node) ? node : {};
}

/** `parts` with the container's schema replaced by `update(node)` (unchanged parts stay shared). */
export function updateContainer(
  parts: FormParts,
  container: Container,
  update: (node: JsonObject) => JsonObject,
): FormParts {
  const before = containerNode(parts, container);
  const after = update(before);
  if (after === before) return parts;
  return { ...parts, schema: setIn(parts.schema, container.schemaPath, after) };
}

/** `parts` with the uiSchema node at `path` replaced by `update(node)`; an empty node is removed. */
export function updateUi(
  parts: FormParts,
  path: Path,
  update: (node: JsonObject) => JsonObject | undefined,
): FormParts {
  const before = getIn(parts.uiSchema, path);
  const after = update(isObject(before) ? before : {});
  if (after === before) return parts;
  const value = after === undefined || Object.keys(after).length === 0 ? undefined : after;
  if (value === undefined && before === undefined) return parts;
  return { ...parts, uiSchema: setIn(parts.uiSchema, path, value) };
}

/** The keys of a container in display order (every declared key, `ui:order` applied). */
export function containerOrder(parts: FormParts, container: Container): string[] {
  const keys = declarationsOf(containerNode(parts, container)).map((d) => d.key);
  return orderedKeys(keys, own(getIn(parts.uiSchema, container.uiPath), 'ui:order'));
}

/**
 * Writes the container's `ui:order` as the full list of its keys: rjsf refuses an order that leaves
 * a field out (unless it holds `*`), so the builder always writes every key.
 */
export function setOrder(parts: FormParts, container: Container, keys: readonly string[]): FormParts {
  const current = own(getIn(parts.uiSchema, container.uiPath), 'ui:order');
  if (jsonEqual(current, keys)) return parts;
  return { ...parts, uiSchema: setIn(parts.uiSchema, [...container.uiPath, 'ui:order'], [...keys]) };
}

/** `node` with `key` added to (or removed from) its `required`; an emptied list is dropped unless kept. */
export function setRequiredKey(
  node: JsonObject,
  key: string,
  required: boolean,
  keepEmpty = false,
): JsonObject {
  const list = requiredOf(node);
  if (list.includes(key) === required) return node;
  const next = required ? [...list, key] : list.filter((k) => k !== key);
  if (next.length === 0 && !keepEmpty) return without(node, 'required');
  return { ...node, required: next };
}

/** `node` (a container) with the branch at `branch` replaced by `update(branchNode)`. */
export function updateBranch(
  node: JsonObject,
  branch: Branch,
  update: (branchNode: JsonObject) => JsonObject,
): JsonObject {
  const path = branchPath(branch);
  if (path.length === 0) return update(node);
  return updateIn(node, path, (b) => update(isObject(b) ? b : {}));
}

/** The block whose `if` is `ifSchema`, created when there is none: the container's own `if` first, then `allOf`. */
export function ensureBlock(node: JsonObject, ifSchema: JsonObject): { node: JsonObject; ref: BlockRef } {
  const existing = blocksOf(node).find((b) => jsonEqual(own(b.node, 'if'), ifSchema));
  if (existing) return { node, ref: existing.ref };
  if (!Object.hasOwn(node, 'if')) return { node: { ...node, if: ifSchema }, ref: 'own' };
  const allOf = Array.isArray(node.allOf) ? node.allOf : [];
  return { node: { ...node, allOf: [...allOf, { if: ifSchema }] }, ref: allOf.length };
}

function isEmptyBranch(branch: unknown): boolean {
  if (!isObject(branch)) return true;
  const properties = own(branch, 'properties');
  const keys = Object.keys(branch).filter((k) => k !== 'properties' && k !== 'required');
  return (
    keys.length === 0 &&
    (!isObject(properties) || Object.keys(properties).length === 0) &&
    requiredOf(branch).length === 0
  );
}

/**
 * Drops what the builder's edits leave empty: `then`/`else` branches that declare and require nothing,
 * blocks left with only their `if`, an empty `allOf`, and emptied schema dependencies.
 */
export function pruneBlocks(node: JsonObject): JsonObject {
  let next = node;
  const refs = blocksOf(node)
    .map((b) => b.ref)
    .reverse();
  for (const ref of refs) {
    const path = blockPath(ref);
    let block = getIn(next, path) as JsonObject;
    for (const side of ['then', 'else'] as const) {
      if (Object.hasOwn(block, side) && isEmptyBranch(block[side])) block = without(block, side);
    }
    const empty = !Object.hasOwn(block, 'then') && !Object.hasOwn(block, 'else');
    if (ref === 'own') {
      next = empty ? without(block, 'if') : block;
    } else if (empty && Object.keys(block).every((k) => k === 'if')) {
      next = setIn(next, path, undefined);
    } else {
      next = setIn(next, path, block);
    }
  }
  if (Array.isArray(next.allOf) && next.allOf.length === 0) next = without(next, 'allOf');
  next = hoistFirstBlock(next);
  const dependencies = own(next, 'dependencies');
  if (isObject(dependencies)) {
    let deps = dependencies;
    for (const [source, dependency] of Object.entries(dependencies)) {
      const emptied = Array.isArray(dependency) ? dependency.length === 0 : isEmptyBranch(dependency);
      if (emptied) deps = without(deps, source);
    }
    if (deps !== dependencies)
      next = Object.keys(deps).length === 0 ? without(next, 'dependencies') : { ...next, dependencies: deps };
  }
  return next;
}

const BLOCK_KEYS = new Set(['if', 'then', 'else']);

/** With no own `if`, the first `allOf` block becomes the container's own (the shape the examples use). */
function hoistFirstBlock(node: JsonObject): JsonObject {
  if (Object.hasOwn(node, 'if') || !Array.isArray(node.allOf)) return node;
  const [first, ...rest] = node.allOf;
  if (
    !isObject(first) ||
    !Object.hasOwn(first, 'if') ||
    !Object.keys(first).every((k) => BLOCK_KEYS.has(k))
  ) {
    return node;
  }
  const hoisted = rest.length === 0 ? without(node, 'allOf') : { ...node, allOf: rest };
  return { ...hoisted, ...first };
}
