import type { CaseInput, ItemTest, NestedCondition, Rule, ServiceItem } from '@onewindow/schemas';
import { cnUsccCheckChar } from '@onewindow/schemas';
import { idNumber } from './id-number.ts';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });

const MATERIALS = ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'];
const USCC = `91310115MA1K3YJ12${cnUsccCheckChar('91310115MA1K3YJ12')}`;

/** Leaf conditions covering every operator, on the synthetic form's fields. */
const LEAVES: NestedCondition[] = [
  { fact: 'form', path: 'category', operator: 'equal', value: 'b' },
  { fact: 'form', path: '/category', operator: 'notEqual', value: 'z' },
  { fact: 'form', path: 'amount', operator: 'lessThan', value: 500 },
  { fact: 'form', path: 'amount', operator: 'greaterThanInclusive', value: 100 },
  { fact: 'form', path: 'count', operator: 'lessThanInclusive', value: { fact: 'form', path: 'limit' } },
  { fact: 'form', path: 'count', operator: 'greaterThan', value: 2 },
  { fact: 'form', path: 'region', operator: 'in', value: ['310000', '110000', '440000'] },
  { fact: 'form', path: 'region', operator: 'notIn', value: ['650000'] },
  { fact: 'materials', operator: 'contains', value: 'm1' },
  { fact: 'materials', operator: 'doesNotContain', value: 'm5' },
  { fact: 'form', path: 'startDate', operator: 'dateBefore', value: { fact: 'today' } },
  { fact: 'form', path: 'endDate', operator: 'dateAfter', value: '2026-01-01' },
  { fact: 'applicant', path: 'birthDate', operator: 'ageAtLeast', value: 18 },
  { fact: 'form', path: 'tags', operator: 'includesAll', value: ['x', 'y'] },
  { fact: 'form', path: 'tags', operator: 'includesAny', value: ['y', 'q'] },
  { fact: 'form', path: 'company.code', operator: 'matchesPattern', value: '^[0-9A-Z]{18}$' },
  { fact: 'form', path: '/company/employees', operator: 'greaterThan', value: 10 },
  { fact: 'applicant', path: 'gender', operator: 'equal', value: 'female' },
];

const EVENTS = ['warn', 'require-material', 'waive-material', 'fee', 'route', 'warn', 'reject'] as const;

function conditionFor(i: number): Rule['conditions'] {
  const leaf = (k: number) => LEAVES[(i * 5 + k) % LEAVES.length];
  switch (i % 4) {
    case 0:
      return { all: [leaf(0), leaf(1)] };
    case 1:
      return { any: [leaf(0), { all: [leaf(1), leaf(2)] }] };
    case 2:
      return { all: [leaf(0), { not: leaf(1) }, { any: [leaf(2), leaf(3)], priority: 2 }] };
    default:
      return { not: { any: [leaf(0), leaf(1)] } };
  }
}

function ruleFor(i: number): Rule {
  const type = EVENTS[i % EVENTS.length];
  const message = text(`规则 ${i}`, `Rule ${i}`);
  const params =
    type === 'require-material' || type === 'waive-material'
      ? { message, material: MATERIALS[i % MATERIALS.length] }
      : type === 'fee'
        ? { message, fee: `fee${i % 2}` }
        : type === 'route'
          ? { message, route: `queue-${i % 3}` }
          : { message };
  return { id: `r${i}`, priority: 1 + (i % 3), conditions: conditionFor(i), event: { type, params } };
}

function caseFor(i: number): CaseInput {
  return {
    formData: {
      name: `申请人${i}`,
      idNumber: idNumber('310115', i % 2 ? '1990-03-15' : '2012-07-01', `10${i}`),
      category: ['a', 'b', 'c'][i % 3],
      amount: [50, 150, 800][i % 3],
      count: i + 1,
      limit: 3,
      region: ['310000', '650000', '110000'][i % 3],
      startDate: '2026-03-01',
      endDate: i % 2 ? '2026-12-31' : '2025-12-31',
      tags: i % 2 ? ['x', 'y'] : ['q'],
      company: { code: USCC, employees: 5 + i * 4, note: 'kept' },
      hasAgent: i % 2 === 0,
      agentName: '代理人',
      stray: 'dropped',
    },
    materials: MATERIALS.slice(0, 2 + (i % 4)),
  };
}

/**
 * A synthetic definition with `ruleCount` rules (25 by default, the figure json-rules-engine's cost
 * is usually quoted for) that together use every operator, nested all/any/not, condition priorities
 * and fact references, on a 14-field form with a conditional branch. For the bench and tests.
 */
export function createSyntheticItem(ruleCount = 25): ServiceItem {
  const tests: ItemTest[] = [0, 1, 2, 3].map((i) => ({
    name: `case ${i}`,
    today: '2026-06-01',
    input: caseFor(i),
    expect: { outcome: i % 2 === 1 ? 'reject' : 'accept' },
  }));
  return {
    code: `synthetic-${ruleCount}-rules`,
    name: text(`合成事项（${ruleCount} 条规则）`, `Synthetic item (${ruleCount} rules)`),
    type: 'other',
    department: { name: text('测试部门', 'Test department') },
    handling: { kind: 'immediate' },
    timeLimits: { statutory: { amount: 5, unit: 'workday' }, promised: { amount: 1, unit: 'workday' } },
    form: {
      schema: {
        type: 'object',
        required: ['name', 'idNumber', 'category'],
        properties: {
          name: { type: 'string', minLength: 1 },
          idNumber: { type: 'string', format: 'cn-id-card' },
          category: { type: 'string', enum: ['a', 'b', 'c'] },
          amount: { type: 'number', minimum: 0 },
          count: { type: 'integer', minimum: 0 },
          limit: { type: 'integer' },
          region: { type: 'string', pattern: '^[0-9]{6}$' },
          startDate: { type: 'string', format: 'date' },
          endDate: { type: 'string', format: 'date' },
          tags: { type: 'array', items: { type: 'string' } },
          company: {
            type: 'object',
            properties: {
              code: { type: 'string', format: 'cn-uscc' },
              employees: { type: 'integer' },
              note: { type: 'string' },
            },
          },
          hasAgent: { type: 'boolean' },
        },
        dependencies: { hasAgent: { properties: { agentName: { type: 'string' } } } },
      },
    },
    materials: MATERIALS.map((code, i) => ({
      code,
      name: text(`材料 ${i}`, `Material ${i}`),
      kind: 'copy',
      necessity: (['required', 'conditional', 'deferrable', 'optional'] as const)[i % 4],
      source: 'applicant',
    })),
    fees: [
      { code: 'fee0', name: text('费用 0', 'Fee 0'), amount: 10 },
      { code: 'fee1', name: text('费用 1', 'Fee 1'), amount: 15.5, always: true },
    ],
    rules: Array.from({ length: ruleCount }, (_, i) => ruleFor(i)),
    tests,
  };
}
