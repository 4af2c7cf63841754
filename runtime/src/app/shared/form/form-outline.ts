type Json = Record<string, unknown>;

/** What the check panel and the explanations need to name fields the way the form shows them. */
export interface FormOutline {
  /** The field's title for a JSON pointer (array indexes match any item), or undefined. */
  label(pointer: string): string | undefined;
  /** The text the form shows for `value` of the field at `pointer` (an enum's display name), or undefined. */
  valueLabel(pointer: string, value: unknown): string | undefined;
}

const SUBSCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf'] as const;
const SUBSCHEMAS = ['if', 'then', 'else', 'not'] as const;

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The uiSchema node of a property (`ui:*` keys of objects stay where they are). */
function uiChild(ui: Json | undefined, key: string): Json | undefined {
  const child = ui?.[key];
  return isObject(child) ? child : undefined;
}

function enumNames(schema: Json, ui: Json | undefined): Map<string, string> | undefined {
  const names = new Map<string, string>();
  // rjsf shows a boolean as the options true, false (in that order) with `ui:enumNames` for them.
  const values = Array.isArray(schema.enum)
    ? schema.enum
    : schema.type === 'boolean'
      ? [true, false]
      : undefined;
  const shown = (ui?.['ui:enumNames'] ?? schema.enumNames ?? schema['x-enumNames']) as unknown;
  if (values && Array.isArray(shown)) {
    values.forEach((v, i) => {
      if (typeof shown[i] === 'string') names.set(JSON.stringify(v), shown[i] as string);
    });
  }
  for (const list of ['oneOf', 'anyOf'] as const) {
    const options = schema[list];
    if (!Array.isArray(options)) continue;
    for (const o of options) {
      if (isObject(o) && 'const' in o && typeof o.title === 'string')
        names.set(JSON.stringify(o.const), o.title);
    }
  }
  return names.size > 0 ? names : undefined;
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `/a/0/b` → `/a/*\/b`: any array index matches the item schema. */
function normalize(pointer: string): string {
  return pointer.replace(/\/\d+(?=\/|$)/g, '/*');
}

/**
 * Walks a form's JSON Schema (properties, items, if/then/else, allOf/anyOf/oneOf, dependencies) and
 * its uiSchema once, collecting every field's title (`ui:title` wins over `title`) and enum display
 * names (`ui:enumNames`, `enumNames`, or `oneOf` `const`+`title`).
 */
export function outlineForm(schema: unknown, uiSchema?: unknown): FormOutline {
  const labels = new Map<string, string>();
  const values = new Map<string, Map<string, string>>();

  const visit = (node: unknown, ui: Json | undefined, pointer: string, depth: number): void => {
    if (!isObject(node) || depth > 40) return;
    const title = (ui?.['ui:title'] as string | undefined) ?? (node.title as string | undefined);
    if (pointer && typeof title === 'string' && !labels.has(pointer)) labels.set(pointer, title);
    const names = enumNames(node, ui);
    if (pointer && names) values.set(pointer, names);
    if (isObject(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) {
        visit(child, uiChild(ui, key), `${pointer}/${escapeSegment(key)}`, depth + 1);
      }
    }
    if (isObject(node.items)) visit(node.items, uiChild(ui, 'items'), `${pointer}/*`, depth + 1);
    for (const key of SUBSCHEMAS) visit(node[key], ui, pointer, depth + 1);
    for (const key of SUBSCHEMA_LISTS) {
      const list = node[key];
      if (Array.isArray(list)) for (const sub of list) visit(sub, ui, pointer, depth + 1);
    }
    if (isObject(node.dependencies)) {
      for (const dep of Object.values(node.dependencies)) visit(dep, ui, pointer, depth + 1);
    }
  };
  visit(schema, isObject(uiSchema) ? uiSchema : undefined, '', 0);

  return {
    label: (pointer) => labels.get(normalize(pointer)),
    valueLabel: (pointer, value) => values.get(normalize(pointer))?.get(JSON.stringify(value)),
  };
}

/**
 * A rule's fact path (dot path `a.b.0` or JSON pointer `/a/b/0`) as a JSON pointer, the form the
 * outline and the engine's form errors use.
 */
export function toPointer(path: string | undefined): string {
  if (!path) return '';
  if (path.startsWith('/')) return path;
  return `/${path.split('.').map(escapeSegment).join('/')}`;
}

/** The label of a field, or its last path segment when the schema gives none. */
export function fieldName(outline: FormOutline, pointer: string): string {
  const label = outline.label(pointer);
  if (label) return label;
  const last = pointer.split('/').filter(Boolean).pop();
  return last ? last.replace(/~1/g, '/').replace(/~0/g, '~') : pointer;
}
