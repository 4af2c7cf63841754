import type { ServiceItem } from '@onewindow/schemas';
import type { FormParts } from './form-tree.ts';
import type { JsonObject } from './json.ts';

/** A form of plain fields for tests: `{type: 'object', properties}` with the keys in `ui:order`. */
export function formOf(properties: JsonObject, extra: JsonObject = {}): FormParts {
  return {
    schema: { type: 'object', properties, ...extra },
    uiSchema: { 'ui:order': Object.keys(properties) },
  };
}

/** A definition the engine compiles, with `parts` as its form and the given rules (for engine round trips). */
export function itemWithForm(parts: FormParts, rules: ServiceItem['rules'] = []): ServiceItem {
  return {
    code: 'builder-test',
    name: { 'zh-CN': '表单设计测试' },
    type: 'other',
    department: { name: { 'zh-CN': '测试部门' } },
    handling: { kind: 'immediate' },
    timeLimits: { statutory: { amount: 1, unit: 'workday' }, promised: { amount: 1, unit: 'workday' } },
    form: { schema: parts.schema, uiSchema: parts.uiSchema },
    materials: [],
    rules,
  };
}
