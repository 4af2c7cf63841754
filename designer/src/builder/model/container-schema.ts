import type { Path } from '../../editor/set-in.ts';
import { isObject, type JsonObject, own, stringsAt } from './json.ts';

/**
 * A conditional block of a container: the container's own `if`/`then`/`else` (`'own'`, as the example
 * items write it) or the `{if, then, else}` at `allOf[index]` (a second condition in the same section).
 */
export type BlockRef = 'own' | number;

/** Where in its container's schema a field is declared. */
export type Branch =
  | { readonly kind: 'base' }
  | { readonly kind: 'block'; readonly block: BlockRef; readonly side: 'then' | 'else' }
  /** A schema dependency: `dependencies[source].properties` (shown once `source` has a value). */
  | { readonly kind: 'dependency'; readonly source: string };

export const BASE: Branch = { kind: 'base' };

/** One conditional block as found in a container. */
export interface Block {
  ref: BlockRef;
  node: JsonObject;
}

/** A field declaration of a container: the key and the branch that declares it. */
export interface Declaration {
  key: string;
  branch: Branch;
}

/** The path of a block inside its container's schema node. */
export function blockPath(ref: BlockRef): Path {
  return ref === 'own' ? [] : ['allOf', ref];
}

/** The path of a branch's schema (the object holding `properties` and `required`) inside its container. */
export function branchPath(branch: Branch): Path {
  switch (branch.kind) {
    case 'base':
      return [];
    case 'block':
      return [...blockPath(branch.block), branch.side];
    case 'dependency':
      return ['dependencies', branch.source];
  }
}

/** The conditional blocks of a container node, the own one first. */
export function blocksOf(container: unknown): Block[] {
  const blocks: Block[] = [];
  if (isObject(container) && Object.hasOwn(container, 'if')) blocks.push({ ref: 'own', node: container });
  const allOf = own(container, 'allOf');
  if (Array.isArray(allOf)) {
    allOf.forEach((entry, index) => {
      if (isObject(entry) && Object.hasOwn(entry, 'if')) blocks.push({ ref: index, node: entry });
    });
  }
  return blocks;
}

function propertyKeys(node: unknown): string[] {
  const properties = own(node, 'properties');
  return isObject(properties) ? Object.keys(properties) : [];
}

/**
 * Every field a container declares, each key once (its first declaration), in declaration order:
 * `properties`, then the fields of each conditional block (`then`, `else`), then schema dependencies.
 */
export function declarationsOf(container: unknown): Declaration[] {
  const found = new Map<string, Declaration>();
  const add = (keys: string[], branch: Branch) => {
    for (const key of keys) if (!found.has(key)) found.set(key, { key, branch });
  };
  add(propertyKeys(container), BASE);
  for (const block of blocksOf(container)) {
    for (const side of ['then', 'else'] as const) {
      add(propertyKeys(own(block.node, side)), { kind: 'block', block: block.ref, side });
    }
  }
  const dependencies = own(container, 'dependencies');
  if (isObject(dependencies)) {
    for (const [source, dependency] of Object.entries(dependencies)) {
      if (isObject(dependency)) add(propertyKeys(dependency), { kind: 'dependency', source });
    }
  }
  return [...found.values()];
}

/** Every branch of a container that declares `key` (a key may be declared in both `then` and `else`). */
export function branchesDeclaring(container: unknown, key: string): Branch[] {
  const branches: Branch[] = [];
  if (propertyKeys(container).includes(key)) branches.push(BASE);
  for (const block of blocksOf(container)) {
    for (const side of ['then', 'else'] as const) {
      if (propertyKeys(own(block.node, side)).includes(key)) {
        branches.push({ kind: 'block', block: block.ref, side });
      }
    }
  }
  const dependencies = own(container, 'dependencies');
  if (isObject(dependencies)) {
    for (const [source, dependency] of Object.entries(dependencies)) {
      if (propertyKeys(dependency).includes(key)) branches.push({ kind: 'dependency', source });
    }
  }
  return branches;
}

/**
 * The order fields show in (as rjsf orders them): `ui:order` first, `*` standing for the rest in
 * declaration order; keys `ui:order` leaves out without a `*` come last (rjsf would refuse the form,
 * the builder repairs the order on its next edit instead).
 */
export function orderedKeys(keys: readonly string[], uiOrder: unknown): string[] {
  const order = Array.isArray(uiOrder) ? uiOrder.filter((k): k is string => typeof k === 'string') : [];
  const known = new Set(keys);
  const listed = new Set(order.filter((k) => known.has(k)));
  const rest = keys.filter((k) => !listed.has(k));
  const result: string[] = [];
  let restPlaced = false;
  for (const k of order) {
    if (k === '*' && !restPlaced) {
      result.push(...rest);
      restPlaced = true;
    } else if (known.has(k) && !result.includes(k)) {
      result.push(k);
    }
  }
  if (!restPlaced) result.push(...rest);
  return result;
}

/** The keys a branch requires. */
export function requiredOf(node: unknown): string[] {
  return stringsAt(node, 'required');
}
