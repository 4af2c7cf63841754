import type { EventType, Rule } from '@onewindow/schemas';

/** A rule that names a material or fee, with its place in the list (for `/rules/<index>`). */
export interface LinkedRule {
  id: string;
  index: number;
}

/** The rules whose event of one of `types` names `code` in `param` (material or fee). */
export function rulesNaming(
  rules: readonly Rule[],
  types: readonly EventType[],
  param: 'material' | 'fee',
  code: string,
): LinkedRule[] {
  const linked: LinkedRule[] = [];
  rules.forEach((rule, index) => {
    if (types.includes(rule.event?.type) && rule.event.params?.[param] === code)
      linked.push({ id: rule.id, index });
  });
  return linked;
}

/**
 * The rules with `param` (material or fee) renamed from `from` to `to` in their events, the same
 * array when none names it: renaming a code keeps the rules that use it working.
 */
export function renameInRules(rules: Rule[], param: 'material' | 'fee', from: string, to: string): Rule[] {
  if (from === to || !rules.some((r) => r.event?.params?.[param] === from)) return rules;
  return rules.map((r) =>
    r.event?.params?.[param] === from
      ? { ...r, event: { ...r.event, params: { ...r.event.params, [param]: to } } }
      : r,
  );
}
