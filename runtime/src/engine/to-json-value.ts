/** A value JSON can hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Deeper than this, a case is not a form: the rest is cut off (as null) instead of overflowing the stack. */
const MAX_DEPTH = 64;
const SURROGATE = /[\uD800-\uDFFF]/;

/** Replaces lone UTF-16 surrogates by U+FFFD, as `String.prototype.toWellFormed` does. */
function wellFormed(s: string): string {
  if (!SURROGATE.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i] + s[i + 1];
        i++;
        continue;
      }
    }
    out += c >= 0xd800 && c <= 0xdfff ? '\uFFFD' : s[i];
  }
  return out;
}

/** `ancestors[0..depth)` are the objects being converted above `value`: at most MAX_DEPTH of them. */
function convert(value: unknown, depth: number, ancestors: object[]): JsonValue | undefined {
  switch (typeof value) {
    case 'string':
      return wellFormed(value);
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (value === null) return null;
  if (depth >= MAX_DEPTH) return null;
  for (let i = 0; i < depth; i++) if (ancestors[i] === value) return null;
  ancestors[depth] = value;
  let out: JsonValue;
  if (Array.isArray(value)) {
    const items: JsonValue[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) items[i] = convert(value[i], depth + 1, ancestors) ?? null;
    out = items;
  } else {
    const record: Record<string, JsonValue> = {};
    for (const key of Object.keys(value)) {
      // No form field is named __proto__; dropping it keeps every later `obj[key] = ...` safe.
      if (key === '__proto__') continue;
      const v = convert((value as Record<string, unknown>)[key], depth + 1, ancestors);
      if (v !== undefined) record[wellFormed(key)] = v;
    }
    out = record;
  }
  return out;
}

/**
 * A JSON-clean copy of whatever a caller passed as case data, the way `JSON.parse(JSON.stringify(x))`
 * would see it but without throwing: undefined, functions and symbols are dropped (null inside arrays),
 * NaN and Infinity become null, cycles and nesting deeper than 64 levels become null, lone surrogates
 * become U+FFFD, and `__proto__` keys are dropped. Returns undefined only for a top-level value JSON
 * cannot hold at all.
 */
export function toJsonValue(value: unknown): JsonValue | undefined {
  return convert(value, 0, []);
}

/** Whether `value` is a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
