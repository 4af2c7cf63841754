import type { CheckResult, EventNotice, Outcome, RouteDecision, RuleResult } from '@onewindow/schemas';
import type { CompiledRule } from './compile-rules.ts';
import { resolveFees } from './fee-table.ts';
import { resolveMaterials } from './material-table.ts';
import type { PreparedCase } from './prepare-case.ts';
import type { CompiledItem, RuleOutcome } from './types.ts';

function notice(rule: CompiledRule): EventNotice {
  const n: EventNotice = { rule: rule.id, message: rule.params.message };
  if (rule.params.basis !== undefined) n.basis = rule.params.basis;
  return n;
}

function ruleResult({ rule, fired, trace }: RuleOutcome): RuleResult {
  const { message, basis } = rule.params;
  return basis === undefined
    ? { id: rule.id, type: rule.type, fired, priority: rule.priority, message, trace }
    : { id: rule.id, type: rule.type, fired, priority: rule.priority, message, basis, trace };
}

function routeOf(fired: readonly CompiledRule[]): RouteDecision | null {
  const rule = fired.find((r) => r.type === 'route' && r.params.route !== undefined);
  return rule ? { to: rule.params.route ?? '', rule: rule.id, message: rule.params.message } : null;
}

/**
 * Steps e–g of a check, shared by both evaluators: events become rejections, warnings, the material
 * table, fees and the route; then the outcome — `reject` when a reject rule fired, else `incomplete`
 * (补正) when the form has errors or a material is missing, else `accept`. `outcomes` must be in
 * result order (priority descending, then definition order).
 */
export function assembleResult(
  compiled: CompiledItem,
  prepared: PreparedCase,
  outcomes: readonly RuleOutcome[],
  engine: string,
): CheckResult {
  const fired = outcomes.filter((o) => o.fired).map((o) => o.rule);
  const rejections = fired.filter((r) => r.type === 'reject').map(notice);
  const warnings = fired.filter((r) => r.type === 'warn').map(notice);
  const materials = resolveMaterials(compiled.materials, fired, new Set(prepared.facts.materials));
  const { fees, total } = resolveFees(compiled.fees, fired);
  const incomplete = prepared.formErrors.length > 0 || materials.some((m) => m.missing);
  const outcome: Outcome = rejections.length > 0 ? 'reject' : incomplete ? 'incomplete' : 'accept';
  return {
    outcome,
    formErrors: prepared.formErrors,
    materials,
    rules: outcomes.map(ruleResult),
    rejections,
    warnings,
    fees,
    feeTotal: total,
    route: routeOf(fired),
    applicant: prepared.facts.applicant,
    definition: compiled.ref,
    factsHash: prepared.factsHash,
    today: prepared.facts.today,
    engine,
  };
}
