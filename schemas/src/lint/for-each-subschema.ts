import { appendPointer } from './json-pointer.ts';
import { isRecord, type JsonObject, own } from './read-json.ts';

const SINGLE = [
  'additionalItems',
  'additionalProperties',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
];
const LISTS = ['allOf', 'anyOf', 'oneOf'];
const MAPS = ['properties', 'patternProperties', 'definitions', '$defs', 'dependencies'];
const MAX_DEPTH = 64;

/**
 * Calls `visit` on every sub-schema of a JSON Schema (draft-07 applicators and `definitions`) with
 * its pointer, never on data that merely looks like a schema: `enum`, `const`, `default`, `examples`
 * are skipped, and a property named `pattern` is a property, not a keyword.
 */
export function forEachSubschema(
  schema: unknown,
  pointer: string,
  visit: (schema: JsonObject, pointer: string) => void,
): void {
  const seen = new WeakSet<object>();
  const walk = (node: unknown, at: string, depth: number): void => {
    if (!isRecord(node) || seen.has(node) || depth > MAX_DEPTH) return;
    seen.add(node);
    visit(node, at);
    const items = own(node, 'items');
    if (Array.isArray(items)) {
      items.forEach((sub, i) => {
        walk(sub, appendPointer(at, 'items', i), depth + 1);
      });
    } else walk(items, appendPointer(at, 'items'), depth + 1);
    for (const keyword of SINGLE) walk(own(node, keyword), appendPointer(at, keyword), depth + 1);
    for (const keyword of LISTS) {
      const list = own(node, keyword);
      if (!Array.isArray(list)) continue;
      list.forEach((sub, i) => {
        walk(sub, appendPointer(at, keyword, i), depth + 1);
      });
    }
    for (const keyword of MAPS) {
      const map = own(node, keyword);
      if (!isRecord(map)) continue;
      for (const [key, sub] of Object.entries(map)) walk(sub, appendPointer(at, keyword, key), depth + 1);
    }
  };
  walk(schema, pointer, 0);
}
