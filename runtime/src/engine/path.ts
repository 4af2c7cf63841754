/**
 * Fact paths: a JSON pointer (`/a/b/0`, with `~1` for `/` and `~0` for `~`) or a dot path (`a.b.0`).
 * Only own properties are followed, so `__proto__`, `constructor` or `toString` never reach the
 * prototype: they resolve to undefined unless the data itself holds such a key. This replaces
 * json-rules-engine's JSONPath resolver everywhere.
 */

const parsed = new Map<string, readonly string[]>();
const MAX_CACHED_PATHS = 2048;

function decodePointerSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The property names a path walks through; `''` walks nowhere (the value itself). */
export function parsePath(path: string): readonly string[] {
  const cached = parsed.get(path);
  if (cached) return cached;
  let segments: string[];
  if (path === '') segments = [];
  else if (path.startsWith('/')) segments = path.slice(1).split('/').map(decodePointerSegment);
  else segments = path.split('.');
  if (parsed.size < MAX_CACHED_PATHS) parsed.set(path, segments);
  return segments;
}

/** Follows already-parsed `segments` from `value` through own properties of objects and arrays. */
export function resolveSegments(value: unknown, segments: readonly string[]): unknown {
  let current = value;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (current === null || typeof current !== 'object' || !Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * The value at `path` inside `value`, or undefined when any step is missing, is not an own property,
 * or passes through a primitive. A path that is not a string resolves to undefined.
 */
export function resolvePath(value: unknown, path: unknown): unknown {
  if (typeof path !== 'string') return undefined;
  return resolveSegments(value, parsePath(path));
}
