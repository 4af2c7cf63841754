import { type Path, pointerToPath } from '../editor/set-in.ts';
import type { FormTree } from './model/form-tree.ts';

function isPrefix(prefix: Path, path: Path): boolean {
  return prefix.length <= path.length && prefix.every((step, i) => String(step) === String(path[i]));
}

/**
 * The field a definition pointer (a lint finding's, say) is about: the field whose schema (under
 * `/form/schema`) or uiSchema node (under `/form/uiSchema`) holds it, deepest first; the field that
 * `applicantIdField` names for `/applicantIdField`. `undefined` when it names no field.
 */
export function focusedField(tree: FormTree, pointer: string, applicantIdField?: string): string | undefined {
  if (pointer === '/applicantIdField') {
    return applicantIdField && tree.byPointer.has(applicantIdField) ? applicantIdField : undefined;
  }
  const [part, section, ...rest] = pointerToPath(pointer);
  if (part !== 'form' || (section !== 'schema' && section !== 'uiSchema')) return undefined;
  let best: { pointer: string; length: number } | undefined;
  for (const field of tree.fields) {
    const own = section === 'schema' ? field.schemaPath : field.uiPath;
    if (isPrefix(own, rest) && (!best || own.length > best.length))
      best = { pointer: field.pointer, length: own.length };
  }
  return best?.pointer;
}
