import type { CaseInput, CheckResult, ConditionTrace } from '@onewindow/schemas';
import { assembleResult, ruleResult } from './assemble-result.ts';
import type { CompiledCondition, EvalEnv } from './compile-condition.ts';
import type { CompiledRule } from './compile-rules.ts';
import { combine, groupTrace, leafTrace } from './condition-trace.ts';
import { prepareCase } from './prepare-case.ts';
import { createReferenceEngine, type ReferenceEngine, type ReferenceNode } from './reference-engine.ts';
import { type CheckContext, type CompiledItem, ENGINE_REFERENCE } from './types.ts';

const engines = new WeakMap<CompiledItem, ReferenceEngine>();

function referenceEngineFor(compiled: CompiledItem): ReferenceEngine {
  let engine = engines.get(compiled);
  if (engine === undefined) {
    engine = createReferenceEngine(compiled.rules, compiled.operatorNames);
    engines.set(compiled, engine);
  }
  return engine;
}

function childrenOf(
  node: ReferenceNode | undefined,
  kind: 'all' | 'any' | 'not',
): (ReferenceNode | undefined)[] {
  if (node === undefined) return [];
  return kind === 'not' ? [node.not] : (node[kind] ?? []);
}

/**
 * The trace of json-rules-engine's verdicts. A node it short-circuited past carries no result; such
 * leaves are evaluated with the compiled leaf (same operators, same resolver) so the trace still
 * explains everything, and such groups combine their children. Evaluated nodes keep its own results.
 * In the differential tests json-rules-engine's reports are compared with the compiled traces directly.
 */
function toTrace(
  node: CompiledCondition,
  ref: ReferenceNode | undefined,
  env: EvalEnv,
  verdict?: boolean,
): ConditionTrace {
  if (node.kind === 'leaf') {
    if (ref?.result === undefined) return node.evaluate(env);
    // A literal value is what the definition says; json-rules-engine reports a clone of it, and its
    // clone drops keys that Object.prototype also has (`constructor`, `toString`, ...).
    const expected = node.valueIsReference ? ref.valueResult : node.value;
    return leafTrace(node, ref.result, ref.factResult, expected);
  }
  const refChildren = childrenOf(ref, node.kind);
  const children = node.children.map((child, i) => toTrace(child, refChildren[i], env));
  return groupTrace(node.kind, verdict ?? ref?.result ?? combine(node.kind, children), children);
}

/**
 * Checks a case like `check`, but json-rules-engine 7 decides which rules fired and reports the leaf
 * results; everything else (hidden fields, form errors, facts, materials, fees, outcome) is shared,
 * so only rule evaluation differs. For an inspector's replay and for differential testing.
 */
export async function checkWithReference(
  compiled: CompiledItem,
  input: CaseInput,
  ctx: CheckContext,
): Promise<CheckResult> {
  const ops = compiled.operatorsOn(ctx.today);
  const prepared = prepareCase(compiled, input, ctx.today, ctx.onFacts);
  const env: EvalEnv = { facts: prepared.facts, ops };
  const reports = await referenceEngineFor(compiled).run(prepared.facts, ops);
  const fired: CompiledRule[] = [];
  const results = compiled.rules.map((rule) => {
    const report = reports.get(rule.index);
    const ruleFired = report?.fired ?? false;
    if (ruleFired) fired.push(rule);
    return ruleResult(rule, ruleFired, toTrace(rule.condition, report?.conditions, env, ruleFired));
  });
  return assembleResult(compiled, prepared, results, fired, ENGINE_REFERENCE);
}
