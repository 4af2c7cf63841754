import type { CaseInput, CheckResult } from '@onewindow/schemas';
import { assembleResult } from './assemble-result.ts';
import { toFactMap } from './fact-values.ts';
import { prepareCase } from './prepare-case.ts';
import { type CheckContext, type CompiledItem, ENGINE_COMPILED, type RuleOutcome } from './types.ts';

/**
 * Checks one case against a compiled definition with the compiled evaluator. Never throws for a bad
 * case (garbage form data, wrong types, no materials array): every finding is in the result. Throws
 * only for a programming error, such as a `today` that is not a real `YYYY-MM-DD` date.
 */
export function check(compiled: CompiledItem, input: CaseInput, ctx: CheckContext): CheckResult {
  const ops = compiled.operatorsOn(ctx.today);
  const prepared = prepareCase(compiled, input, ctx.today);
  const env = { facts: toFactMap(prepared.facts), ops };
  const rules = compiled.rules;
  const outcomes: RuleOutcome[] = new Array(rules.length);
  for (let i = 0; i < rules.length; i++) {
    const rule = rules[i];
    const trace = rule.condition.evaluate(env);
    outcomes[i] = { rule, fired: trace.result, trace };
  }
  return assembleResult(compiled, prepared, outcomes, ENGINE_COMPILED);
}
