/**
 * The 200-field form of the builder bench: 20 sections of 10 fields each, every palette type that a
 * real item uses (text, long text, number, select, radio, yes/no, date, ID number, mobile) and one
 * conditional field per section (shown when the section's yes/no is answered yes), written in the
 * shapes the builder writes, so the builder reads it as its own.
 */
export const SECTIONS = 20;
export const FIELDS_PER_SECTION = 10;

type Json = Record<string, unknown>;

/** The label of field `f` of section `s` (both from 0), as the bench looks it up. */
export function fieldLabel(s: number, f: number): string {
  return `第${s + 1}组字段${f + 1}`;
}

function field(s: number, f: number): { schema: Json; ui: Json } {
  const title = fieldLabel(s, f);
  const options = { enum: ['a', 'b', 'c'] };
  const names = ['甲', '乙', '丙'];
  switch (f % 10) {
    case 0:
      return { schema: { type: 'string', title, maxLength: 100 }, ui: { 'ui:placeholder': '请输入' } };
    case 1:
      return {
        schema: { type: 'string', title, maxLength: 500 },
        ui: { 'ui:widget': 'textarea', 'ui:options': { rows: 2 } },
      };
    case 2:
      return { schema: { type: 'number', title, minimum: 0 }, ui: {} };
    case 3:
      return {
        schema: { type: 'string', title, ...options },
        ui: { 'ui:widget': 'select', 'ui:enumNames': names },
      };
    case 4:
      return {
        schema: { type: 'string', title, ...options },
        ui: { 'ui:widget': 'radio', 'ui:enumNames': names },
      };
    case 5:
      return { schema: { type: 'boolean', title }, ui: { 'ui:widget': 'radio' } };
    case 6:
      return { schema: { type: 'string', title, format: 'date' }, ui: {} };
    case 7:
      return {
        schema: { type: 'string', title, format: 'cn-id-card' },
        ui: { 'ui:placeholder': '18位居民身份证号码' },
      };
    case 8:
      return { schema: { type: 'string', title, format: 'cn-mobile' }, ui: { 'ui:help': '用于接收短信' } };
    default:
      return { schema: { type: 'string', title, maxLength: 200 }, ui: {} };
  }
}

/** The form (`{schema, uiSchema}`) with {@link SECTIONS} × {@link FIELDS_PER_SECTION} fields. */
export function benchForm(): { schema: Json; uiSchema: Json } {
  const properties: Json = {};
  const uiSchema: Json = { 'ui:order': [] as string[] };
  for (let s = 0; s < SECTIONS; s++) {
    const key = `s${s}`;
    const sectionProps: Json = {};
    const sectionUi: Json = { 'ui:order': [] as string[] };
    let conditional: Json | undefined;
    for (let f = 0; f < FIELDS_PER_SECTION; f++) {
      const { schema, ui } = field(s, f);
      const fieldKey = `f${f}`;
      if (f === FIELDS_PER_SECTION - 1) conditional = { [fieldKey]: schema };
      else sectionProps[fieldKey] = schema;
      (sectionUi['ui:order'] as string[]).push(fieldKey);
      if (Object.keys(ui).length > 0) sectionUi[fieldKey] = ui;
    }
    properties[key] = {
      type: 'object',
      title: `第${s + 1}组`,
      required: ['f0'],
      properties: sectionProps,
      if: { properties: { f5: { const: true } }, required: ['f5'] },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
      then: { properties: conditional },
    };
    (uiSchema['ui:order'] as string[]).push(key);
    uiSchema[key] = sectionUi;
  }
  return { schema: { type: 'object', title: '两百个字段的申请表', properties }, uiSchema };
}
