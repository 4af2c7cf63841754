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
  readonly params: EventParams;
  /** The rule as written, for the reference interpreter. */
  readonly source: Rule;
  readonly condition: CompiledCondition;
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
      params: rule.event.params,
      source: rule,
      condition: compileCondition(rule.conditions, `/rules/${index}/conditions`, operators),
    }),
  );
  return compiled.sort((a, b) => b.priority - a.priority || a.index - b.index);
}
