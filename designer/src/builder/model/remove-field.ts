import { getIn, setIn } from '../../editor/set-in.ts';
import { blockPath, blocksOf, branchesDeclaring, requiredOf } from './container-schema.ts';
import { fieldsMentioned } from './field-condition.ts';
import {
  containerOrder,
  pruneBlocks,
  setOrder,
  setRequiredKey,
  updateBranch,
  updateContainer,
  updateUi,
} from './form-edit.ts';
import type { FieldNode, FormParts } from './form-tree.ts';
import { isObject, type JsonObject, own, without } from './json.ts';

/** What a removal did besides removing the field. */
export interface DetachReport {
  /** Keys of fields that showed only under a condition on the removed field: they now always show. */
  unconditioned: string[];
}

/** `node` with every `required` entry of `key` removed (the container's, every branch's, dependency lists). */
function dropRequired(node: JsonObject, key: string): JsonObject {
  let next = setRequiredKey(node, key, false, true);
  for (const block of blocksOf(next)) {
    for (const side of ['then', 'else'] as const) {
      const path = [...blockPath(block.ref), side];
      const branch = getIn(next, path);
      if (isObject(branch)) next = setIn(next, path, setRequiredKey(branch, key, false));
    }
  }
  const dependencies = own(next, 'dependencies');
  if (isObject(dependencies)) {
    for (const [source, dependency] of Object.entries(dependencies)) {
      const path = ['dependencies', source];
      if (Array.isArray(dependency))
        next = setIn(
          next,
          path,
          dependency.filter((k) => k !== key),
        );
      else if (isObject(dependency)) next = setIn(next, path, setRequiredKey(dependency, key, false));
    }
  }
  return next;
}

/** Moves the fields of `branch` into the container's `properties` (always shown), keeping their `required`. */
function releaseBranch(node: JsonObject, branch: unknown, released: string[]): JsonObject {
  const properties = own(branch, 'properties');
  if (!isObject(properties)) return node;
  let next = node;
  const required = requiredOf(branch);
  for (const [key, schema] of Object.entries(properties)) {
    const base = isObject(next.properties) ? next.properties : {};
    if (Object.hasOwn(base, key)) continue;
    next = { ...next, properties: { ...base, [key]: schema } };
    if (required.includes(key)) next = setRequiredKey(next, key, true);
    released.push(key);
  }
  return next;
}

/**
 * The container schema `node` without field `key`: every declaration of it, every `required` entry,
 * and every condition that watches it — the fields such a condition showed are released into the
 * container's `properties` (they always show), and the conditional `required` it added are dropped.
 */
function detachKey(node: JsonObject, key: string): { node: JsonObject; report: DetachReport } {
  let next = node;
  for (const branch of branchesDeclaring(node, key)) {
    next = updateBranch(next, branch, (b) => {
      const properties = isObject(b.properties) ? without(b.properties, key) : b.properties;
      return { ...b, properties };
    });
  }
  next = dropRequired(next, key);
  const released: string[] = [];
  const watching = blocksOf(next)
    .filter((b) => fieldsMentioned(own(b.node, 'if')).has(key))
    .map((b) => b.ref)
    .reverse();
  for (const ref of watching) {
    const block = getIn(next, blockPath(ref)) as JsonObject;
    next = releaseBranch(next, own(block, 'then'), released);
    next = releaseBranch(next, own(block, 'else'), released);
    if (ref === 'own') {
      next = without(without(without(next, 'if'), 'then'), 'else');
    } else {
      const rest = without(without(without(block, 'if'), 'then'), 'else');
      next = setIn(next, ['allOf', ref], Object.keys(rest).length === 0 ? undefined : rest);
    }
  }
  const dependencies = own(next, 'dependencies');
  if (isObject(dependencies) && Object.hasOwn(dependencies, key)) {
    next = releaseBranch(next, dependencies[key], released);
    next = { ...next, dependencies: without(dependencies, key) };
  }
  return { node: pruneBlocks(next), report: { unconditioned: released } };
}

/** Removes a field: its schema (see {@link detachKey}), its uiSchema node and its place in `ui:order`. */
export function removeField(parts: FormParts, field: FieldNode): { parts: FormParts; report: DetachReport } {
  const { container, key } = field;
  const order = containerOrder(parts, container);
  let report: DetachReport = { unconditioned: [] };
  let next = updateContainer(parts, container, (node) => {
    const detached = detachKey(node, key);
    report = detached.report;
    return detached.node;
  });
  next = updateUi(next, field.uiPath, () => undefined);
  next = setOrder(
    next,
    container,
    order.filter((k) => k !== key),
  );
  return { parts: next, report };
}
