import type {
  CheckResult,
  ConditionTrace,
  EventNotice,
  Outcome,
  RouteDecision,
  RuleResult,
} from '@onewindow/schemas';
import type { CompiledRule } from './compile-rules.ts';
import { resolveFees } from './fee-table.ts';
import type { PreparedCase } from './prepare-case.ts';
import type { CompiledItem } from './types.ts';

function notice(rule: CompiledRule): EventNotice {
  const n: EventNotice = { rule: rule.id, message: rule.params.message };
  if (rule.params.basis !== undefined) n.basis = rule.params.basis;
  return n;
}

/**
 * One rule's entry in the result: what it is, whether it fired, and the trace that explains it. Both
 * evaluators build these as they go, in result order.
 */
export function ruleResult(rule: CompiledRule, fired: boolean, trace: ConditionTrace): RuleResult {
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
 * (补正) when the form has errors or a material is missing, else `accept`. `rules` (see
 * {@link ruleResult}) and `fired` must be in result order (priority descending, then definition order).
 */
export function assembleResult(
  compiled: CompiledItem,
  prepared: PreparedCase,
  rules: RuleResult[],
  fired: readonly CompiledRule[],
  engine: string,
): CheckResult {
  const rejections: EventNotice[] = [];
  const warnings: EventNotice[] = [];
  for (const rule of fired) {
    if (rule.type === 'reject') rejections.push(notice(rule));
    else if (rule.type === 'warn') warnings.push(notice(rule));
  }
  const materials = compiled.materialTable(fired, prepared.facts.materials);
  const { fees, total } = resolveFees(compiled.fees, fired);
  let incomplete = prepared.formErrors.length > 0;
  for (let i = 0; !incomplete && i < materials.length; i++) incomplete = materials[i].missing;
  const outcome: Outcome = rejections.length > 0 ? 'reject' : incomplete ? 'incomplete' : 'accept';
  return {
    outcome,
    formErrors: prepared.formErrors,
    materials,
    rules,
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
