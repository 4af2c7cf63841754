import { isObject, type JsonObject, own } from './json.ts';

/** The palette's field types; `other` is anything the builder did not write (edited in the JSON tab). */
export const FIELD_KINDS = [
  'text',
  'textarea',
  'number',
  'money',
  'date',
  'dateRange',
  'select',
  'radio',
  'checkboxes',
  'yesNo',
  'idNumber',
  'creditCode',
  'mobile',
  'address',
  'section',
  'table',
] as const;
export type PaletteKind = (typeof FIELD_KINDS)[number];
export type FieldKind = PaletteKind | 'other';

/** What one palette entry writes: its JSON Schema and uiSchema, the base of its generated key. */
export interface KindTemplate {
  baseKey: string;
  label: { 'zh-CN': string; en: string };
  schema: JsonObject;
  ui: JsonObject;
}

const ADDRESS_ROLE = 'address';
const DATE_RANGE_ROLE = 'date-range';

/**
 * The JSON Schema and uiSchema of each palette type, in shapes the runtime's `ItemForm` (rjsf + antd)
 * renders and the engine validates as they are: formats for ID numbers, credit codes and mobiles,
 * `ui:widget` for long text, radio and checkboxes, `x-role` where the shape alone cannot tell the
 * type again (an address is a string, a date range an object of two dates).
 */
export const KIND_TEMPLATES: Readonly<Record<PaletteKind, KindTemplate>> = {
  text: {
    baseKey: 'text',
    label: { 'zh-CN': '单行文本', en: 'Text' },
    schema: { type: 'string', maxLength: 100 },
    ui: {},
  },
  textarea: {
    baseKey: 'longText',
    label: { 'zh-CN': '多行文本', en: 'Long text' },
    schema: { type: 'string', maxLength: 500 },
    ui: { 'ui:widget': 'textarea', 'ui:options': { rows: 3 } },
  },
  number: {
    baseKey: 'number',
    label: { 'zh-CN': '数字', en: 'Number' },
    schema: { type: 'number' },
    ui: {},
  },
  money: {
    baseKey: 'amount',
    label: { 'zh-CN': '金额（元）', en: 'Amount (yuan)' },
    schema: { type: 'number', minimum: 0, multipleOf: 0.01, 'x-unit': '元' },
    ui: { 'ui:placeholder': '单位：元' },
  },
  date: {
    baseKey: 'date',
    label: { 'zh-CN': '日期', en: 'Date' },
    schema: { type: 'string', format: 'date' },
    ui: {},
  },
  dateRange: {
    baseKey: 'period',
    label: { 'zh-CN': '起止日期', en: 'Date range' },
    schema: {
      type: 'object',
      'x-role': DATE_RANGE_ROLE,
      // Both dates become required with the range (see setRequired).
      required: [],
      properties: {
        start: { type: 'string', format: 'date', title: '开始日期' },
        end: { type: 'string', format: 'date', title: '结束日期' },
      },
    },
    ui: { 'ui:order': ['start', 'end'] },
  },
  select: {
    baseKey: 'choice',
    label: { 'zh-CN': '下拉选择', en: 'Select' },
    schema: { type: 'string', enum: ['option1', 'option2'] },
    ui: { 'ui:widget': 'select', 'ui:enumNames': ['选项一', '选项二'] },
  },
  radio: {
    baseKey: 'option',
    label: { 'zh-CN': '单选', en: 'Radio' },
    schema: { type: 'string', enum: ['option1', 'option2'] },
    ui: { 'ui:widget': 'radio', 'ui:enumNames': ['选项一', '选项二'] },
  },
  checkboxes: {
    baseKey: 'options',
    label: { 'zh-CN': '多选', en: 'Checkboxes' },
    schema: { type: 'array', uniqueItems: true, items: { type: 'string', enum: ['option1', 'option2'] } },
    ui: { 'ui:widget': 'checkboxes', 'ui:enumNames': ['选项一', '选项二'] },
  },
  yesNo: {
    baseKey: 'confirm',
    label: { 'zh-CN': '是/否', en: 'Yes/no' },
    schema: { type: 'boolean' },
    ui: { 'ui:widget': 'radio' },
  },
  idNumber: {
    baseKey: 'idNumber',
    label: { 'zh-CN': '身份证号码', en: 'ID number' },
    schema: { type: 'string', format: 'cn-id-card' },
    ui: { 'ui:placeholder': '18位居民身份证号码' },
  },
  creditCode: {
    baseKey: 'uscc',
    label: { 'zh-CN': '统一社会信用代码', en: 'Credit code' },
    schema: { type: 'string', format: 'cn-uscc' },
    ui: { 'ui:placeholder': '18位统一社会信用代码' },
  },
  mobile: {
    baseKey: 'mobile',
    label: { 'zh-CN': '手机号码', en: 'Mobile' },
    schema: { type: 'string', format: 'cn-mobile' },
    ui: { 'ui:placeholder': '11位手机号码' },
  },
  address: {
    baseKey: 'address',
    label: { 'zh-CN': '地址', en: 'Address' },
    schema: { type: 'string', 'x-role': ADDRESS_ROLE, minLength: 5, maxLength: 200 },
    ui: {
      'ui:widget': 'textarea',
      'ui:options': { rows: 2 },
      'ui:placeholder': '区＋街道＋路名门牌＋楼栋房号',
    },
  },
  section: {
    baseKey: 'section',
    label: { 'zh-CN': '分组', en: 'Section' },
    schema: { type: 'object', required: [], properties: {} },
    ui: { 'ui:order': [] },
  },
  table: {
    baseKey: 'rows',
    label: { 'zh-CN': '重复表格', en: 'Repeatable table' },
    schema: {
      type: 'array',
      minItems: 1,
      maxItems: 50,
      items: { type: 'object', required: [], properties: {} },
    },
    ui: { items: { 'ui:order': [] } },
  },
};

function typeOf(schema: JsonObject): string | undefined {
  const type = own(schema, 'type');
  if (typeof type === 'string') return type;
  // `["string", "null"]` is an optional string: the first non-null type says what it is.
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === 'string' && t !== 'null');
  return undefined;
}

/** The palette type of a field, read back from its JSON Schema and uiSchema (see `KIND_TEMPLATES`). */
export function kindOf(schema: unknown, ui: unknown): FieldKind {
  if (!isObject(schema)) return 'other';
  const widget = own(ui, 'ui:widget');
  const role = own(schema, 'x-role');
  switch (typeOf(schema)) {
    case 'object':
      return role === DATE_RANGE_ROLE ? 'dateRange' : 'section';
    case 'array': {
      const items = own(schema, 'items');
      if (isObject(items) && typeOf(items) === 'object') return 'table';
      if (isObject(items) && Array.isArray(own(items, 'enum'))) return 'checkboxes';
      return 'other';
    }
    case 'boolean':
      return 'yesNo';
    case 'number':
    case 'integer': {
      const unit = own(schema, 'x-unit');
      const money = (typeof unit === 'string' && unit.endsWith('元')) || own(schema, 'multipleOf') === 0.01;
      return money ? 'money' : 'number';
    }
    case 'string':
      return stringKind(schema, widget, role);
    default:
      return 'other';
  }
}

function stringKind(schema: JsonObject, widget: unknown, role: unknown): FieldKind {
  switch (own(schema, 'format')) {
    case 'cn-id-card':
      return 'idNumber';
    case 'cn-uscc':
      return 'creditCode';
    case 'cn-mobile':
      return 'mobile';
    case 'date':
      return 'date';
  }
  if (Array.isArray(own(schema, 'enum'))) return widget === 'radio' ? 'radio' : 'select';
  if (role === ADDRESS_ROLE) return 'address';
  return widget === 'textarea' ? 'textarea' : 'text';
}

/** Types with a list of options (value + label). */
export function hasOptions(kind: FieldKind): kind is 'select' | 'radio' | 'checkboxes' | 'yesNo' {
  return kind === 'select' || kind === 'radio' || kind === 'checkboxes' || kind === 'yesNo';
}

/** Types whose value is text, so length and pattern apply. */
export function isTextKind(kind: FieldKind): boolean {
  return kind === 'text' || kind === 'textarea' || kind === 'address';
}

/** Types whose value is a number, so minimum and maximum apply. */
export function isNumberKind(kind: FieldKind): boolean {
  return kind === 'number' || kind === 'money';
}
