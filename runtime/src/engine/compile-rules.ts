import type { EventParams, EventType, Rule } from '@onewindow/schemas';
import { type CompiledCondition, compileCondition } from './compile-condition.ts';

/** One rule, compiled: its closures plus what the result repeats. */
export interface CompiledRule {
  readonly id: string;
  /** Position in the definition's `rules`; breaks priority ties and names the rule to json-rules-engine. */
  readonly index: number;
  /** 1–100, higher first; json-rules-engine's default of 1 when absent. */
  readonly priority: number;
  readonly type: EventType;
  /** The event's params, with every key present (undefined when not written): one shape for all rules. */
  readonly params: EventParams;
  /** The rule as written, for the reference interpreter. */
  readonly source: Rule;
  readonly condition: CompiledCondition;
}

/**
 * `params` with all six keys, in one order. The result is assembled from these on every check, and
 * reading them from objects of one shape is a fixed offset, where the definition's own objects (each
 * with just the keys its event needs) would be a lookup per read.
 */
function sameShapeParams({ message, basis, material, fee, amount, route }: EventParams): EventParams {
  return { message, basis, material, fee, amount, route };
}

/**
 * Compiles every rule and orders them as results list them: priority descending, then definition
 * order. (json-rules-engine runs priority sets in the same order; within a set the order cannot
 * matter, since a rule's verdict depends only on the facts.)
 */
export function compileRules(rules: readonly Rule[], operators: ReadonlySet<string>): CompiledRule[] {
  const compiled = rules.map(
    (rule, index): CompiledRule => ({
      id: rule.id,
      index,
      priority: rule.priority ?? 1,
      type: rule.event.type,
      params: sameShapeParams(rule.event.params),
      source: rule,
      condition: compileCondition(rule.conditions, `/rules/${index}/conditions`, operators),
    }),
  );
  return compiled.sort((a, b) => b.priority - a.priority || a.index - b.index);
}
