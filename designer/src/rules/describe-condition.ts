import type { ConditionLeaf, OperatorName } from '@onewindow/schemas';
import { type ConditionNode, childrenOf, nodeKind } from './condition-tree.ts';
import type { FactChoice } from './fact-choices.ts';
import { isFactReference } from './operator-choices.ts';

/** What the describer needs, in the current language. */
export interface DescribeContext {
  /** The picker's entry for a fact and path, or undefined when the form has no such field. */
  choice(fact: string, path: string | undefined): FactChoice | undefined;
  /** An operator's name: 等于, 小于, 属于 … */
  operator(operator: OperatorName): string;
  and: string;
  or: string;
  /** Wraps a negated condition: `并非（{inner}）`. */
  not(inner: string): string;
  /** An empty group: it holds for every case. */
  always: string;
  yes: string;
  no: string;
  empty: string;
  separator: string;
  years(n: number): string;
  /** Quotes a value: `“{v}”`. */
  quote(value: string): string;
}

function factName(ctx: DescribeContext, fact: string, path: string | undefined): string {
  return ctx.choice(fact, path)?.label ?? [fact, path].filter(Boolean).join('.');
}

function valueText(ctx: DescribeContext, value: unknown, choice: FactChoice | undefined): string {
  if (isFactReference(value)) return factName(ctx, value.fact, value.path);
  if (Array.isArray(value)) {
    if (value.length === 0) return ctx.empty;
    return value.map((v) => valueText(ctx, v, choice)).join(ctx.separator);
  }
  if (value === null || value === undefined || value === '') return ctx.empty;
  const option = choice?.options?.find((o) => o.value === value);
  if (option) return ctx.quote(option.label);
  if (typeof value === 'boolean') return ctx.quote(value ? ctx.yes : ctx.no);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return ctx.quote(value);
  return JSON.stringify(value);
}

function describeLeaf(leaf: ConditionLeaf, ctx: DescribeContext): string {
  const choice = ctx.choice(leaf.fact, leaf.path);
  const value =
    leaf.operator === 'ageAtLeast' && typeof leaf.value === 'number'
      ? ctx.years(leaf.value)
      : valueText(ctx, leaf.value, choice);
  return `${factName(ctx, leaf.fact, leaf.path)} ${ctx.operator(leaf.operator)} ${value}`;
}

function describeNode(node: ConditionNode, ctx: DescribeContext, nested: boolean): string {
  const kind = nodeKind(node);
  if (kind === 'leaf') return describeLeaf(node as ConditionLeaf, ctx);
  if (kind === 'not') return ctx.not(describeNode((node as { not: ConditionNode }).not, ctx, false));
  const children = childrenOf(node);
  if (children.length === 0) return ctx.always;
  if (children.length === 1) return describeNode(children[0], ctx, nested);
  const text = children.map((c) => describeNode(c, ctx, true)).join(kind === 'all' ? ctx.and : ctx.or);
  return nested ? `（${text}）` : text;
}

/**
 * A rule's conditions as one plain sentence: "申请人年龄 小于 16 且（经营范围类别 包含任一 “快递业务”
 * 或 …）" — field labels and enum names as the form shows them, groups of several conditions in
 * brackets, negations as 并非（…）.
 */
export function describeCondition(node: ConditionNode, ctx: DescribeContext): string {
  return describeNode(node, ctx, false);
}
