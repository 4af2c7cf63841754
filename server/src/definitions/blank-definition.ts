import type { ServiceItem } from '@onewindow/schemas';

export interface BlankDefinitionArgs {
  code: string;
  name?: string;
  type?: ServiceItem['type'];
  departmentName?: string;
}

/**
 * The skeleton of a new item: every part service-item.schema.json requires, with placeholders an
 * administrator replaces (lint then says what is still missing: materials, rules, tests).
 */
export function blankDefinition({ code, name, type, departmentName }: BlankDefinitionArgs): ServiceItem {
  return {
    code,
    name: { 'zh-CN': name ?? '新事项' },
    type: type ?? 'other',
    department: { name: { 'zh-CN': departmentName ?? '待填写实施主体' } },
    legalBasis: [],
    servedParties: ['natural-person'],
    conditions: [],
    handling: { kind: 'commitment', channels: ['counter'], onlineDepth: 1, maxVisits: 1 },
    timeLimits: {
      statutory: { amount: 20, unit: 'workday' },
      promised: { amount: 10, unit: 'workday' },
      acceptanceWindow: { amount: 5, unit: 'day' },
    },
    form: {
      schema: { type: 'object', title: name ?? '新事项', required: [], properties: {} },
      uiSchema: {},
    },
    materials: [],
    rules: [],
    fees: [],
    tests: [],
  };
}
