import { type FormOutline, outlineForm } from '@onewindow/runtime/app';
import {
  collectFormFields,
  type FactName,
  type FieldSegment,
  type FormField,
  type ItemForm,
  type Material,
  parseFactPath,
} from '@onewindow/schemas';
import type { JSONSchema7, JSONSchema7Definition } from 'json-schema';

/** What a fact holds, which decides the operators and the value input a condition offers. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'date' | 'array';

/** One value a field can take, with the text the form shows for it. */
export interface ValueOption {
  value: string | number | boolean;
  label: string;
}

/** One entry of the fact picker: a form field, a derived applicant fact, the materials or today. */
export interface FactChoice {
  /** Unique: the fact and its path as a JSON pointer (`form:/business/capital`, `today:`). */
  key: string;
  fact: FactName;
  /** The path a condition writes: a dot path where the names allow it, else a JSON pointer. */
  path?: string;
  label: string;
  group: 'form' | 'applicant' | 'other';
  kind: ValueKind;
  integer?: boolean;
  /** The values of an enum field, or of an array field's items, or the item's materials. */
  options?: ValueOption[];
}

/** Words the picker shows that are not in the definition, in the current language. */
export interface FactLabels {
  age: string;
  birthDate: string;
  gender: string;
  regionCode: string;
  materials: string;
  today: string;
  male: string;
  female: string;
  yes: string;
  no: string;
  /** A material's name in the current language. */
  materialName(material: Material): string;
}

const DOT_SEGMENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** The key of a fact and path, whichever way the path is written (`a.b` and `/a/b` are one field). */
export function factKey(fact: string, path: string | undefined): string {
  const segments = path ? parseFactPath(path) : [];
  return `${fact}:${segments.map((s) => `/${escapePointer(s)}`).join('')}`;
}

/** The path a rule writes for property names: `a.b` when every name allows it, else `/a/b`. */
export function writePath(names: readonly string[]): string {
  return names.every((n) => DOT_SEGMENT.test(n))
    ? names.join('.')
    : names.map((n) => `/${escapePointer(n)}`).join('');
}

function typeOf(schema: JSONSchema7): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (Array.isArray(schema.type)) return schema.type.find((t) => t !== 'null');
  if (Array.isArray(schema.enum)) return typeof schema.enum[0];
  return undefined;
}

function kindOf(schema: JSONSchema7): ValueKind | undefined {
  switch (typeOf(schema)) {
    case 'boolean':
      return 'boolean';
    case 'number':
    case 'integer':
      return 'number';
    case 'array':
      return 'array';
    case 'string':
      return schema.format === 'date' || schema.format === 'date-time' ? 'date' : 'string';
    default:
      return undefined;
  }
}

function asSchema(definition: JSONSchema7Definition | JSONSchema7Definition[] | undefined): JSONSchema7 {
  return typeof definition === 'object' && !Array.isArray(definition) ? definition : {};
}

/** Enum values with their display names (`ui:enumNames`, `enumNames`, or `oneOf` const + title). */
function enumOptions(
  schema: JSONSchema7,
  ui: Record<string, unknown> | undefined,
): ValueOption[] | undefined {
  const annotated = schema as JSONSchema7 & { enumNames?: unknown; 'x-enumNames'?: unknown };
  const names = ui?.['ui:enumNames'] ?? annotated.enumNames ?? annotated['x-enumNames'];
  const shown = Array.isArray(names) ? names : [];
  if (Array.isArray(schema.enum)) {
    return schema.enum
      .filter((v): v is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof v))
      .map((value, i) => ({ value, label: typeof shown[i] === 'string' ? shown[i] : String(value) }));
  }
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (!Array.isArray(alternatives)) return undefined;
  const options = alternatives
    .map(asSchema)
    .filter((o) => ['string', 'number', 'boolean'].includes(typeof o.const))
    .map((o) => ({ value: o.const as string | number | boolean, label: o.title ?? String(o.const) }));
  return options.length > 0 ? options : undefined;
}

function uiAt(uiSchema: unknown, names: readonly string[]): Record<string, unknown> | undefined {
  let node = uiSchema;
  for (const name of names) {
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[name] : undefined;
  }
  return node !== null && typeof node === 'object' ? (node as Record<string, unknown>) : undefined;
}

const isProperty = (s: FieldSegment): s is FieldSegment & { kind: 'property' } => s.kind === 'property';

function formChoice(field: FormField, outline: FormOutline, uiSchema: unknown, labels: FactLabels) {
  // Only fields a path can name directly: one inside an array item has no single value.
  if (!field.segments.every(isProperty)) return undefined;
  const kind = kindOf(field.schema);
  if (!kind) return undefined;
  const names = field.segments.map((s) => s.name);
  const ui = uiAt(uiSchema, names);
  const items = asSchema(field.schema.items);
  let options: ValueOption[] | undefined;
  if (kind === 'array') options = enumOptions(items, ui);
  else if (kind === 'boolean') {
    const shown = enumOptions({ enum: [true, false] }, ui);
    options = shown?.every((o) => o.label !== String(o.value))
      ? shown
      : [
          { value: true, label: labels.yes },
          { value: false, label: labels.no },
        ];
  } else options = enumOptions(field.schema, ui);
  const choice: FactChoice = {
    key: factKey('form', field.pointer),
    fact: 'form',
    path: writePath(names),
    label: outline.label(field.pointer) ?? names[names.length - 1],
    group: 'form',
    kind,
    integer: typeOf(field.schema) === 'integer' || undefined,
    options,
  };
  return choice;
}

/**
 * Every fact a condition can name, in picker order: the form's fields (those with a single value,
 * labelled as the form shows them, with their enum options), the applicant facts the engine derives
 * from the ID number (age, birth date, gender, region code), the materials provided and the check date.
 */
export function factChoices(form: ItemForm | undefined, materials: readonly Material[], labels: FactLabels) {
  const outline = outlineForm(form?.schema, form?.uiSchema);
  const choices: FactChoice[] = [];
  for (const field of collectFormFields(form?.schema)) {
    const choice = formChoice(field, outline, form?.uiSchema, labels);
    if (choice) choices.push(choice);
  }
  const applicant = (path: string, label: string, kind: ValueKind, options?: ValueOption[]): FactChoice => ({
    key: factKey('applicant', path),
    fact: 'applicant',
    path,
    label,
    group: 'applicant',
    kind,
    integer: kind === 'number' || undefined,
    options,
  });
  choices.push(
    applicant('age', labels.age, 'number'),
    applicant('birthDate', labels.birthDate, 'date'),
    applicant('gender', labels.gender, 'string', [
      { value: 'male', label: labels.male },
      { value: 'female', label: labels.female },
    ]),
    applicant('regionCode', labels.regionCode, 'string'),
    {
      key: factKey('materials', undefined),
      fact: 'materials',
      label: labels.materials,
      group: 'other',
      kind: 'array',
      options: materials.map((m) => ({ value: m.code, label: `${labels.materialName(m)}（${m.code}）` })),
    },
    { key: factKey('today', undefined), fact: 'today', label: labels.today, group: 'other', kind: 'date' },
  );
  return choices;
}
