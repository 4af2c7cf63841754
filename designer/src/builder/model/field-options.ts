import { getIn } from '../../editor/set-in.ts';
import type { FieldNode, FormParts } from './form-tree.ts';
import { isObject, own } from './json.ts';
import { englishTexts, updateEnglish, updateFieldSchema, updateFieldUi } from './update-field.ts';

/** One option of a select, radio group, checkbox group or yes/no: its stored value and its labels. */
export interface FieldOption {
  value: string | boolean;
  label: string;
  labelEn: string;
}

function optionValues(field: FieldNode, schema: unknown): (string | boolean)[] {
  if (field.kind === 'yesNo') return [true, false];
  const list = field.kind === 'checkboxes' ? own(own(schema, 'items'), 'enum') : own(schema, 'enum');
  return Array.isArray(list) ? list.filter((v) => typeof v === 'string' || typeof v === 'boolean') : [];
}

/** The options of a field: `enum` (of `items` for a checkbox group) with `ui:enumNames` and `ui:en.enumNames`. */
export function readOptions(parts: FormParts, field: FieldNode): FieldOption[] {
  const schema = getIn(parts.schema, field.schemaPath);
  const ui = getIn(parts.uiSchema, field.uiPath);
  const names = own(ui, 'ui:enumNames');
  const en = englishTexts(ui).enumNames ?? [];
  return optionValues(field, schema).map((value, i) => ({
    value,
    label: Array.isArray(names) && typeof names[i] === 'string' ? names[i] : '',
    labelEn: en[i] ?? '',
  }));
}

/** Why a list of options cannot be saved: an empty or repeated value, or none at all. */
export function optionsRefusal(options: readonly FieldOption[]): 'none' | 'empty' | 'duplicate' | undefined {
  if (options.length === 0) return 'none';
  if (options.some((o) => o.value === '')) return 'empty';
  return new Set(options.map((o) => o.value)).size === options.length ? undefined : 'duplicate';
}

/** A value for a new option: `option<n>`, unused. */
export function newOptionValue(options: readonly FieldOption[]): string {
  const used = new Set(options.map((o) => o.value));
  for (let n = options.length + 1; ; n++) if (!used.has(`option${n}`)) return `option${n}`;
}

/**
 * Writes a field's options (refused lists change nothing, see {@link optionsRefusal}): values into
 * `enum`, labels into `ui:enumNames` (a missing label shows the value, 是/否 for a yes/no) and
 * `ui:en.enumNames`. A yes/no keeps its values and, without any label, rjsf's own 是/否 (in both
 * languages). A default no longer among the values is removed.
 */
export function writeOptions(parts: FormParts, field: FieldNode, options: readonly FieldOption[]): FormParts {
  if (optionsRefusal(options)) return parts;
  const values = options.map((o) => o.value);
  const schema = getIn(parts.schema, field.schemaPath);
  let next = parts;
  if (field.kind === 'checkboxes') {
    const items = own(schema, 'items');
    const def = own(schema, 'default');
    const kept = Array.isArray(def) && def.every((v) => values.includes(v)) ? def : undefined;
    next = updateFieldSchema(next, field, {
      items: { ...(isObject(items) ? items : { type: 'string' }), enum: values },
      default: Array.isArray(def) && !kept ? def.filter((v) => values.includes(v)) : def,
    });
  } else if (field.kind !== 'yesNo') {
    const def = own(schema, 'default');
    next = updateFieldSchema(next, field, {
      enum: values,
      default: def !== undefined && !values.includes(def as string) ? undefined : def,
    });
  }
  const labelled = options.some((o) => o.label !== '');
  const fallback = (o: FieldOption) => (o.value === true ? '是' : o.value === false ? '否' : String(o.value));
  const names = field.kind === 'yesNo' && !labelled ? undefined : options.map((o) => o.label || fallback(o));
  next = updateFieldUi(next, field, { 'ui:enumNames': names });
  return updateEnglish(next, field, { enumNames: options.map((o) => o.labelEn) });
}
