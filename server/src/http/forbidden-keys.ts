/** Keys that rebuild prototypes when a careless merge copies them. */
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The `$` keys a request may carry: JSON Schema's own keywords. A service-item definition is JSON
 * Schema at heart (the examples start with `"$schema"`, and a form schema may use `$ref` into its
 * `definitions`), so refusing every `$` key would refuse the definitions themselves. None of these
 * is a MongoDB query or update operator (`$where`, `$ne`, `$gt`, `$set`, `$expr`, ... stay refused).
 */
const JSON_SCHEMA_DOLLAR_KEYS: ReadonlySet<string> = new Set(['$schema', '$id', '$ref', '$comment', '$defs']);

/**
 * Whether a key may never appear in a request body or query: `__proto__`, `constructor`,
 * `prototype`, and any key starting with `$` except JSON Schema's keywords.
 */
export function isForbiddenKey(key: string): boolean {
  if (PROTOTYPE_KEYS.has(key)) return true;
  return key.charCodeAt(0) === 0x24 && !JSON_SCHEMA_DOLLAR_KEYS.has(key);
}

function escapeSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The JSON pointer of the first forbidden key in a parsed value, or `null`. Walks own keys only and
 * without recursion, so `__proto__` created by `JSON.parse` is seen as the own key it is.
 */
export function findForbiddenKey(value: unknown): string | null {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    for (const key of Object.keys(node)) {
      const child = `${path}/${escapeSegment(key)}`;
      if (!Array.isArray(node) && isForbiddenKey(key)) return child;
      stack.push([(node as Record<string, unknown>)[key], child]);
    }
  }
  return null;
}
