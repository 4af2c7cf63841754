import type { FieldSegment, FormField } from './collect-form-fields.ts';
import { parseFactPath } from './json-pointer.ts';

const ARRAY_INDEX = /^(0|[1-9]\d*)$/;

function matches(field: readonly FieldSegment[], i: number, path: readonly string[], j: number): boolean {
  if (i === field.length) return j === path.length;
  const segment = field[i];
  const here = path[j];
  switch (segment.kind) {
    case 'property':
      return here === segment.name && matches(field, i + 1, path, j + 1);
    case 'index':
      return here === String(segment.index) && matches(field, i + 1, path, j + 1);
    case 'key':
      return here !== undefined && matches(field, i + 1, path, j + 1);
    case 'item':
      // an element by index (`children.0.name`), or the items' field across the array (`children.name`)
      return (
        (here !== undefined && ARRAY_INDEX.test(here) && matches(field, i + 1, path, j + 1)) ||
        matches(field, i + 1, path, j)
      );
  }
}

/**
 * The form field a rule's fact path names, or `undefined`. The path is a JSON pointer (`/a/b`) or a
 * dot path (`a.b`); an array's element is named by its index or by no segment at all.
 */
export function findFormField(fields: readonly FormField[], path: string): FormField | undefined {
  const segments = parseFactPath(path);
  return fields.find((f) => matches(f.segments, 0, segments, 0));
}
