import type { EventParams, Rule, ServiceItem } from '@onewindow/schemas';

/** A definition with nothing but what a test gives it (a free-form object form unless told). */
export function minimalItem(parts: Partial<ServiceItem> = {}): ServiceItem {
  return {
    code: 'minimal-item',
    name: { 'zh-CN': '测试事项' },
    type: 'other',
    department: { name: { 'zh-CN': '测试部门' } },
    handling: { kind: 'immediate' },
    timeLimits: { statutory: { amount: 1, unit: 'workday' }, promised: { amount: 1, unit: 'workday' } },
    form: { schema: { type: 'object', additionalProperties: true } },
    materials: [],
    rules: [],
    ...parts,
  };
}

/** A rule that fires when `form[path]` equals `value`. */
export function ruleWhen(
  id: string,
  path: string,
  value: unknown,
  type: Rule['event']['type'],
  params: Partial<EventParams> = {},
  priority?: number,
): Rule {
  const rule: Rule = {
    id,
    conditions: { all: [{ fact: 'form', path, operator: 'equal', value }] },
    event: { type, params: { message: { 'zh-CN': id, en: id }, ...params } },
  };
  if (priority !== undefined) rule.priority = priority;
  return rule;
}
