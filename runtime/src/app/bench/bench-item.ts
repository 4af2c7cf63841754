import type { FormJsonSchema, Material, Rule, ServiceItem } from '@onewindow/schemas';

const text = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const SECTIONS = 20;
const PER_SECTION = 10;

type Json = Record<string, unknown>;

/** The fields the bench types into: a text field in section 11 and a long text in section 20. */
export const BENCH_FIELDS = [
  { label: 'text field in section 11', section: 10, field: 0 },
  { label: 'long text in section 20', section: 19, field: 6 },
] as const;

/** Field `j` of a section: text, mobile, whole number, select, yes/no, date, long text, amount. */
function field(s: number, j: number): { schema: Json; ui?: Json } {
  const title = `字段 ${s + 1}-${j + 1}`;
  switch (j % 8) {
    case 0:
      return { schema: { type: 'string', title, minLength: 2, maxLength: 50 } };
    case 1:
      return { schema: { type: 'string', title, format: 'cn-mobile' } };
    case 2:
      return { schema: { type: 'integer', title, minimum: 0, maximum: 10000 } };
    case 3:
      return {
        schema: { type: 'string', title, enum: ['a', 'b', 'c', 'd'] },
        ui: { 'ui:widget': 'select', 'ui:enumNames': ['甲', '乙', '丙', '丁'] },
      };
    case 4:
      return { schema: { type: 'boolean', title }, ui: { 'ui:widget': 'radio' } };
    case 5:
      return { schema: { type: 'string', title, format: 'date' } };
    case 6:
      return {
        schema: { type: 'string', title, maxLength: 500 },
        ui: { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } },
      };
    default:
      return { schema: { type: 'number', title, minimum: 0, multipleOf: 0.01 } };
  }
}

function section(s: number): { schema: Json; ui: Json } {
  const properties: Json = {};
  const ui: Json = {};
  const required: string[] = [];
  for (let j = 0; j < PER_SECTION; j++) {
    const key = `f${j}`;
    const f = field(s, j);
    properties[key] = f.schema;
    if (f.ui) ui[key] = f.ui;
    if (j % 3 === 0) required.push(key);
  }
  // One conditional field per section: shown and required when the yes/no field f4 is yes.
  const schema: Json = {
    type: 'object',
    title: `第 ${s + 1} 部分`,
    required,
    properties,
    if: { properties: { f4: { const: true } }, required: ['f4'] },
    // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
    then: {
      properties: { extra: { type: 'string', title: `补充说明 ${s + 1}`, minLength: 2 } },
      required: ['extra'],
    },
  };
  return { schema, ui };
}

function rule(i: number): Rule {
  const s = `s${i % SECTIONS}`;
  const message = text(`规则 ${i}`, `Rule ${i}`);
  if (i % 5 === 4) {
    return {
      id: `require-${i}`,
      conditions: { all: [{ fact: 'form', path: `${s}.f4`, operator: 'equal', value: true }] },
      event: { type: 'require-material', params: { message, material: `m${i % 10}` } },
    };
  }
  if (i % 5 === 3) {
    return {
      id: `fee-${i}`,
      conditions: { any: [{ fact: 'form', path: `${s}.f3`, operator: 'in', value: ['b', 'c'] }] },
      event: { type: 'fee', params: { message, fee: 'fee0' } },
    };
  }
  return {
    id: `warn-${i}`,
    conditions: {
      all: [
        { fact: 'form', path: `${s}.f2`, operator: 'greaterThan', value: 100 },
        { not: { fact: 'form', path: `${s}.f0`, operator: 'equal', value: 'x' } },
      ],
    },
    event: { type: 'warn', params: { message } },
  };
}

/**
 * A warning that holds while the field has text: its explanation quotes the field's value, so the
 * bench sees in the check panel's text that the panel shows the check of what was just typed.
 */
function echoRule(section: number, field: number): Rule {
  const path = `s${section}.f${field}`;
  return {
    id: `echo-${section}-${field}`,
    conditions: { all: [{ fact: 'form', path, operator: 'notEqual', value: '' }] },
    event: { type: 'warn', params: { message: text(`已填写 ${path}`, `${path} is filled in`) } },
  };
}

function material(i: number): Material {
  return {
    code: `m${i}`,
    name: text(`材料 ${i + 1}`, `Material ${i + 1}`),
    kind: 'original',
    necessity: i < 4 ? 'required' : 'conditional',
    source: 'applicant',
  };
}

/**
 * A 200-field item (20 sections × 10 fields, one conditional field each), 25 rules plus one echo rule
 * for each field the bench types into (`BENCH_FIELDS`), 10 materials.
 */
export function benchItem(): ServiceItem {
  const properties: Json = {};
  const uiSchema: Json = {};
  for (let s = 0; s < SECTIONS; s++) {
    const part = section(s);
    properties[`s${s}`] = part.schema;
    uiSchema[`s${s}`] = part.ui;
  }
  return {
    code: 'bench-200-fields',
    name: text('性能基准：200 个字段', 'Bench: 200 fields'),
    type: 'other',
    department: { name: text('基准测试', 'Bench') },
    handling: { kind: 'commitment' },
    timeLimits: { statutory: { amount: 20, unit: 'workday' }, promised: { amount: 10, unit: 'workday' } },
    form: { schema: { type: 'object', properties } as FormJsonSchema, uiSchema },
    materials: Array.from({ length: 10 }, (_, i) => material(i)),
    rules: [
      ...Array.from({ length: 25 }, (_, i) => rule(i)),
      ...BENCH_FIELDS.map((f) => echoRule(f.section, f.field)),
    ],
    fees: [{ code: 'fee0', name: text('工本费', 'Fee'), amount: 10 }],
  };
}
