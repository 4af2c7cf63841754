function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Deep equality of JSON data, without allocating. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!same(a[i], b[i])) return false;
    return true;
  }
  if (!isPlainObject(a) || !isPlainObject(b)) return false;
  let count = 0;
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue;
    count++;
    if (!Object.hasOwn(b, key) || !same(a[key], b[key])) return false;
  }
  for (const key in b) if (Object.hasOwn(b, key)) count--;
  return count === 0;
}

/**
 * `next`, with every part that equals the same part of `prev` replaced by `prev`'s (JSON data:
 * objects, arrays, primitives). A new check usually changes a few rules' traces and little else;
 * sharing the rest lets the panel's memoised lists see the same objects and skip rendering.
 */
export function keepUnchanged<T>(prev: T, next: T): T {
  if (same(prev, next)) return prev;
  if (Array.isArray(prev) && Array.isArray(next)) {
    return next.map((value, i) => (i < prev.length ? keepUnchanged(prev[i], value) : value)) as T;
  }
  if (isPlainObject(prev) && isPlainObject(next)) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(next)) {
      out[key] = Object.hasOwn(prev, key) ? keepUnchanged(prev[key], next[key]) : next[key];
    }
    return out as T;
  }
  return next;
}
