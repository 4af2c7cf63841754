import type { CaseInput, CheckResult, RuleResult } from '@onewindow/schemas';
import { assembleResult, ruleResult } from './assemble-result.ts';
import type { CompiledRule } from './compile-rules.ts';
import { prepareCase } from './prepare-case.ts';
import { type CheckContext, type CompiledItem, ENGINE_COMPILED } from './types.ts';

/**
 * Checks one case against a compiled definition with the compiled evaluator. Never throws for a bad
 * case (garbage form data, wrong types, no materials array): every finding is in the result. Throws
 * only for a programming error, such as a `today` that is not a real `YYYY-MM-DD` date.
 */
export function check(compiled: CompiledItem, input: CaseInput, ctx: CheckContext): CheckResult {
  const ops = compiled.operatorsOn(ctx.today);
  const prepared = prepareCase(compiled, input, ctx.today, ctx.onFacts);
  const env = { facts: prepared.facts, ops };
  const rules = compiled.rules;
  const results: RuleResult[] = new Array(rules.length);
  const fired: CompiledRule[] = [];
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const trace = rule.condition.evaluate(env);
    results[i] = ruleResult(rule, trace.result, trace);
    if (trace.result) fired.push(rule);
  }
  return assembleResult(compiled, prepared, results, fired, ENGINE_COMPILED);
}
