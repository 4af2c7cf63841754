import type { ConditionLeaf, NestedCondition, TopLevelCondition } from '@onewindow/schemas';

/** Any node of a rule's condition tree. */
export type ConditionNode = NestedCondition | TopLevelCondition;

/** `all` 全部满足, `any` 任一满足. */
export type GroupKind = 'all' | 'any';

/** What a node is: a group of conditions, a negation, or one condition. */
export type NodeKind = GroupKind | 'not' | 'leaf';

export function nodeKind(node: ConditionNode): NodeKind {
  if ('all' in node) return 'all';
  if ('any' in node) return 'any';
  if ('not' in node) return 'not';
  return 'leaf';
}

/** The children of a group (an empty list for a leaf or a negation). */
export function childrenOf(node: ConditionNode): readonly NestedCondition[] {
  if ('all' in node) return node.all;
  if ('any' in node) return node.any;
  return [];
}

function withPriority<T extends object>(next: T, from: ConditionNode): T {
  return from.priority === undefined ? next : { ...next, priority: from.priority };
}

/** A group of `kind` holding `children`, keeping the node's priority. */
export function groupOf(
  kind: GroupKind,
  children: NestedCondition[],
  from?: ConditionNode,
): { all: NestedCondition[] } | { any: NestedCondition[] } {
  const group = kind === 'all' ? { all: children } : { any: children };
  return from ? withPriority(group, from) : group;
}

/** The group switched between 全部满足 (all) and 任一满足 (any), its children kept. */
export function switchGroup(node: ConditionNode, kind: GroupKind): ConditionNode {
  const current = nodeKind(node);
  if (current === kind || (current !== 'all' && current !== 'any')) return node;
  return groupOf(kind, [...childrenOf(node)], node);
}

/** The group with its children replaced. */
export function withChildren(node: ConditionNode, children: NestedCondition[]): ConditionNode {
  const kind = nodeKind(node);
  if (kind !== 'all' && kind !== 'any') return node;
  return groupOf(kind, children, node);
}

/** The group with `child` appended. */
export function appendChild(node: ConditionNode, child: NestedCondition): ConditionNode {
  return withChildren(node, [...childrenOf(node), child]);
}

/**
 * A new sub-group for a group of `parent` kind: the other kind (an `any` inside an `all` is the
 * usual "A and (B or C)"), holding one first condition so it is never an always-true empty list.
 */
export function newSubgroup(parent: ConditionNode, first: ConditionLeaf): NestedCondition {
  return groupOf(nodeKind(parent) === 'any' ? 'all' : 'any', [first]);
}

/** `node` negated: 以下条件不成立. */
export function negate(node: NestedCondition): NestedCondition {
  return { not: node };
}

/** The condition a negation wraps (a negation of a negation unwraps one level). */
export function unwrapNot(node: ConditionNode): NestedCondition | undefined {
  return 'not' in node ? node.not : undefined;
}

/** Whether a condition node can stand at the top of a rule (all / any / not). */
export function asTopLevel(node: ConditionNode): TopLevelCondition {
  return nodeKind(node) === 'leaf' ? { all: [node as ConditionLeaf] } : (node as TopLevelCondition);
}

/** How many leaves the tree holds (the rule list shows it). */
export function countLeaves(node: ConditionNode): number {
  const kind = nodeKind(node);
  if (kind === 'leaf') return 1;
  if (kind === 'not') return countLeaves((node as { not: NestedCondition }).not);
  return childrenOf(node).reduce((n, c) => n + countLeaves(c), 0);
}
