import { setIn } from '../../editor/set-in.ts';
import { type Branch, blocksOf, branchesDeclaring, requiredOf } from './container-schema.ts';
import { conditionSchema, type FieldCondition, readCondition } from './field-condition.ts';
import {
  containerNode,
  ensureBlock,
  pruneBlocks,
  setRequiredKey,
  updateBranch,
  updateContainer,
} from './form-edit.ts';
import { type FieldNode, type FormParts, findField } from './form-tree.ts';
import { isObject, type JsonObject, own } from './json.ts';

function declares(branch: unknown, key: string): boolean {
  const properties = own(branch, 'properties');
  return isObject(properties) && Object.hasOwn(properties, key);
}

/** `node` without the conditional `required` entries of `key` (those of branches that do not declare it). */
function clearConditionalRequired(node: JsonObject, key: string): JsonObject {
  let next = node;
  for (const block of blocksOf(node)) {
    for (const side of ['then', 'else'] as const) {
      const branch = own(block.node, side);
      if (requiredOf(branch).includes(key) && !declares(branch, key)) {
        next = updateBranch(next, { kind: 'block', block: block.ref, side }, (b) =>
          setRequiredKey(b, key, false),
        );
      }
    }
  }
  const dependencies = own(next, 'dependencies');
  if (isObject(dependencies)) {
    for (const [source, dependency] of Object.entries(dependencies)) {
      if (Array.isArray(dependency) && dependency.includes(key)) {
        next = { ...next, dependencies: { ...dependencies, [source]: dependency.filter((k) => k !== key) } };
      }
    }
  }
  return next;
}

/** The condition under which a field is required beyond "always" (`null`: none; `custom`: one the builder cannot edit). */
export function readRequiredWhen(parts: FormParts, field: FieldNode): FieldCondition | 'custom' | null {
  const container = containerNode(parts, field.container);
  for (const block of blocksOf(container)) {
    for (const side of ['then', 'else'] as const) {
      const branch = own(block.node, side);
      if (requiredOf(branch).includes(field.key) && !declares(branch, field.key)) {
        return readCondition(own(block.node, 'if'), side) ?? 'custom';
      }
    }
  }
  const dependencies = own(container, 'dependencies');
  if (isObject(dependencies)) {
    for (const [source, dependency] of Object.entries(dependencies)) {
      if (Array.isArray(dependency) && dependency.includes(field.key)) return { source, op: 'filled' };
    }
  }
  return null;
}

/**
 * Makes a field required whenever it shows (in the branch that declares it, or the container's
 * `required` for an unconditional field), or not required. Required always replaces "required when".
 * A date range requires its two dates along with itself: JSON Schema would accept an empty range.
 */
export function setRequired(parts: FormParts, field: FieldNode, required: boolean): FormParts {
  const { key, branch } = field;
  const next = updateContainer(parts, field.container, (node) => {
    let edited = updateBranch(node, branch, (b) => setRequiredKey(b, key, required, branch.kind === 'base'));
    if (!required) edited = setRequiredKey(edited, key, false, true);
    else edited = clearConditionalRequired(edited, key);
    return pruneBlocks(edited);
  });
  if (field.kind !== 'dateRange') return next;
  const moved = findField(next, field.pointer);
  if (!moved) return next;
  return {
    ...next,
    schema: setIn(next.schema, [...moved.schemaPath, 'required'], required ? ['start', 'end'] : []),
  };
}

/**
 * "X is required when …": the key goes into the `required` of the `then` (or `else`) of the block
 * whose `if` is the condition (found, or added: the container's own `if` first, then `allOf`), and
 * out of every unconditional `required`. `null` removes the condition (the field is then optional).
 */
export function setRequiredWhen(
  parts: FormParts,
  field: FieldNode,
  condition: FieldCondition | null,
): FormParts {
  const { key } = field;
  return updateContainer(parts, field.container, (node) => {
    let next = clearConditionalRequired(node, key);
    if (condition) {
      next = setRequiredKey(next, key, false, true);
      for (const branch of branchesDeclaring(next, key)) {
        if (branch.kind !== 'base') next = updateBranch(next, branch, (b) => setRequiredKey(b, key, false));
      }
      const { ifSchema, side } = conditionSchema(condition);
      const ensured = ensureBlock(next, ifSchema);
      const target: Branch = { kind: 'block', block: ensured.ref, side };
      next = updateBranch(ensured.node, target, (b) => setRequiredKey(b, key, true));
    }
    return pruneBlocks(next);
  });
}
