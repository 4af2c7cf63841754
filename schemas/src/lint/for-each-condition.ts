import { appendPointer } from './json-pointer.ts';
import { isRecord, type JsonObject, own } from './read-json.ts';

const MAX_DEPTH = 64;

/**
 * Calls `visit` on every condition object of a rule's condition tree (the `all`/`any`/`not` nodes
 * and the leaves), with its pointer. Whatever is not an object is skipped: schema findings report it.
 */
export function forEachCondition(
  conditions: unknown,
  pointer: string,
  visit: (node: JsonObject, pointer: string) => void,
): void {
  const walk = (node: unknown, at: string, depth: number): void => {
    if (!isRecord(node) || depth > MAX_DEPTH) return;
    visit(node, at);
    for (const key of ['all', 'any']) {
      const list = own(node, key);
      if (!Array.isArray(list)) continue;
      list.forEach((child, i) => {
        walk(child, appendPointer(at, key, i), depth + 1);
      });
    }
    walk(own(node, 'not'), appendPointer(at, 'not'), depth + 1);
  };
  walk(conditions, pointer, 0);
}
