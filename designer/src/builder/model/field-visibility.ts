import { getIn } from '../../editor/set-in.ts';
import { BASE, type Branch, branchesDeclaring, branchPath } from './container-schema.ts';
import { conditionSchema, type FieldCondition } from './field-condition.ts';
import {
  containerOrder,
  ensureBlock,
  pruneBlocks,
  setOrder,
  setRequiredKey,
  updateBranch,
  updateContainer,
} from './form-edit.ts';
import type { FieldNode, FormParts } from './form-tree.ts';
import { isObject, type JsonObject, without } from './json.ts';

/** The container schema `node` with field `key` declared in `target` only (and `required` there if asked). */
function redeclare(node: JsonObject, key: string, schema: JsonObject, target: Branch, required: boolean) {
  let edited = node;
  for (const branch of branchesDeclaring(node, key)) {
    edited = updateBranch(edited, branch, (b) => {
      const properties = isObject(b.properties) ? without(b.properties, key) : b.properties;
      return setRequiredKey({ ...b, properties }, key, false, branch.kind === 'base');
    });
  }
  edited = setRequiredKey(edited, key, false, true);
  return updateBranch(edited, target, (b) => {
    const properties = isObject(b.properties) ? b.properties : {};
    const declared = { ...b, properties: { ...properties, [key]: schema } };
    return required ? setRequiredKey(declared, key, true) : declared;
  });
}

/**
 * "Show X when …": moves the field's schema into the `then` (or `else`) of the block whose `if` is
 * the condition — found, or added as the container's own `if` (as the example items write it) or an
 * `allOf` entry — so the engine's hidden-field policy drops its data whenever the condition does not
 * hold. "Required" moves along (into that branch's `required`: required whenever shown). `null` makes
 * the field always shown again. A field cannot depend on itself (refused: `parts` is returned).
 */
export function setVisibility(
  parts: FormParts,
  field: FieldNode,
  condition: FieldCondition | null,
): FormParts {
  const { key } = field;
  if (condition?.source === key) return parts;
  // Declarations move between branches: keep the display order as it was, whatever the schema order.
  const order = containerOrder(parts, field.container);
  const next = updateContainer(parts, field.container, (node) => {
    const schema = getIn(node, [...branchPath(field.branch), 'properties', key]);
    if (!isObject(schema)) return node;
    let edited = node;
    let target: Branch = BASE;
    if (condition) {
      const { ifSchema, side } = conditionSchema(condition);
      const ensured = ensureBlock(edited, ifSchema);
      edited = ensured.node;
      target = { kind: 'block', block: ensured.ref, side };
    }
    return pruneBlocks(redeclare(edited, key, schema, target, field.required === 'always'));
  });
  return next === parts ? parts : setOrder(next, field.container, order);
}
