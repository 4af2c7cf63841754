import { Engine } from 'json-rules-engine';
import type { CompiledRule } from './compile-rules.ts';
import type { RuleFacts } from './fact-values.ts';
import type { OperatorTable } from './operators.ts';
import { resolvePath } from './path.ts';

/** A condition node as json-rules-engine leaves it after a run (a clone of the rule's conditions). */
export interface ReferenceNode {
  /** Unset when json-rules-engine short-circuited past this node. */
  result?: boolean;
  factResult?: unknown;
  valueResult?: unknown;
  all?: ReferenceNode[];
  any?: ReferenceNode[];
  not?: ReferenceNode;
}

/** What json-rules-engine reports for one rule. */
export interface ReferenceRuleReport {
  fired: boolean;
  conditions: ReferenceNode;
}

/** json-rules-engine set up for one definition's rules, runnable concurrently. */
export interface ReferenceEngine {
  /** Runs every rule on the facts; the reports are keyed by the rule's index in the definition. */
  run(facts: RuleFacts, ops: OperatorTable): Promise<Map<number, ReferenceRuleReport>>;
}

interface PooledEngine {
  engine: Engine;
  /** The operator table of the run in progress; the registered operators call through it. */
  ops: OperatorTable | undefined;
}

function buildEngine(rules: readonly CompiledRule[], operatorNames: readonly string[]): PooledEngine {
  const pooled: PooledEngine = {
    engine: new Engine([], {
      allowUndefinedFacts: true,
      // Our resolver, never json-rules-engine's default JSONPath-plus one.
      pathResolver: resolvePath,
      replaceFactsInEventParams: false,
    }),
    ops: undefined,
  };
  for (const name of operatorNames) {
    // Replaces json-rules-engine's own defaults too, by the same semantics made total (operators.ts):
    // its `in` throws on a right-hand side without indexOf, which would reject the whole run.
    pooled.engine.addOperator(
      name,
      (a: unknown, b: unknown) => pooled.ops?.[name as keyof OperatorTable](a, b) ?? false,
    );
  }
  for (const rule of rules) {
    pooled.engine.addRule({
      name: String(rule.index),
      priority: rule.priority,
      // json-rules-engine writes into the conditions it is given; ours are frozen.
      conditions: structuredClone(rule.source.conditions),
      event: { type: rule.type },
    });
  }
  return pooled;
}

/**
 * json-rules-engine 7 as the reference interpreter: `allowUndefinedFacts`, our path resolver, our
 * operators registered with `addOperator`, the facts given as constant facts at `run`, and no
 * replacement of facts in event params. An Engine keeps run state (`status`), so each run takes an
 * idle engine from a pool (building one when none is idle) and gives it back afterwards.
 */
export function createReferenceEngine(
  rules: readonly CompiledRule[],
  operatorNames: readonly string[],
): ReferenceEngine {
  const idle: PooledEngine[] = [];
  return {
    async run(facts, ops) {
      const pooled = idle.pop() ?? buildEngine(rules, operatorNames);
      pooled.ops = ops;
      try {
        const { results, failureResults } = await pooled.engine.run({ ...facts });
        const reports = new Map<number, ReferenceRuleReport>();
        for (const r of [...results, ...failureResults]) {
          reports.set(Number(r.name), {
            fired: r.result === true,
            conditions: r.conditions as ReferenceNode,
          });
        }
        return reports;
      } finally {
        pooled.ops = undefined;
        idle.push(pooled);
      }
    },
  };
}
