import { parsePath } from '@onewindow/runtime/engine';
import { pointerSegment } from './json-pointer-diff.ts';

/** One field of an application form: where it is and what identifies it across renames. */
export interface FormField {
  /** JSON pointer into the form data; array elements are `*`, e.g. `/members/*\/name`. */
  pointer: string;
  parent: string;
  title?: string;
  type?: string;
  sharedKey?: string;
}

type Schema = { [key: string]: unknown };
const isSchema = (v: unknown): v is Schema => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Every field a form schema can hold, in any branch (`then`/`else`, `allOf`/`anyOf`/`oneOf`,
 * `dependencies`), keyed by pointer. Only local structure is followed (`$ref` is not resolved).
 */
export function formFields(schema: unknown): Map<string, FormField> {
  const fields = new Map<string, FormField>();
  const walk = (node: unknown, prefix: string): void => {
    if (!isSchema(node)) return;
    if (isSchema(node.properties)) {
      for (const [key, child] of Object.entries(node.properties)) {
        const pointer = `${prefix}/${pointerSegment(key)}`;
        if (!fields.has(pointer) && isSchema(child)) {
          fields.set(pointer, {
            pointer,
            parent: prefix,
            title: typeof child.title === 'string' ? child.title : undefined,
            type: typeof child.type === 'string' ? child.type : undefined,
            sharedKey: typeof child['x-sharedKey'] === 'string' ? child['x-sharedKey'] : undefined,
          });
        }
        walk(child, pointer);
      }
    }
    // `if` and `not` only constrain fields declared elsewhere; `then`/`else` may declare them.
    for (const key of ['then', 'else']) walk(node[key], prefix);
    for (const key of ['allOf', 'anyOf', 'oneOf'])
      if (Array.isArray(node[key])) for (const s of node[key]) walk(s, prefix);
    if (isSchema(node.dependencies)) for (const s of Object.values(node.dependencies)) walk(s, prefix);
    if (isSchema(node.items)) walk(node.items, `${prefix}/*`);
  };
  walk(schema, '');
  return fields;
}

/** The form field a rule path names (`a.b.0.c` or `/a/b/0/c` → `/a/b/*\/c`). */
export function fieldPointerOfPath(path: string): string {
  return parsePath(path)
    .map((segment) => (/^\d+$/.test(segment) ? '*' : pointerSegment(segment)))
    .map((segment) => `/${segment}`)
    .join('');
}
