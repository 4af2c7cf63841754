/** A value JSON can hold. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Deeper than this, a case is not a form: the rest is cut off (as null) instead of overflowing the stack. */
const MAX_DEPTH = 64;

type WellFormedCheck = (this: string) => boolean;
/** ES2024's `String.prototype.isWellFormed`, where the platform has it (Node 20, current browsers). */
const nativeIsWellFormed = (String.prototype as { isWellFormed?: WellFormedCheck }).isWellFormed;

/** `s` with every lone surrogate replaced by U+FFFD. */
function replaceLoneSurrogates(s: string): string {
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

/** Whether `s` holds a lone surrogate, read code unit by code unit: for platforms without `isWellFormed`. */
export function hasLoneSurrogateByLoop(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return replaceLoneSurrogates(s) !== s;
  }
  return false;
}

/**
 * Whether `s` holds a lone UTF-16 surrogate. Every string of every case is asked, so the native
 * `isWellFormed` answers where it exists: several times faster than a loop over the code units on
 * Chinese text.
 */
export const hasLoneSurrogate: (s: string) => boolean =
  nativeIsWellFormed === undefined ? hasLoneSurrogateByLoop : (s) => !nativeIsWellFormed.call(s);

/** Replaces lone UTF-16 surrogates by U+FFFD, as `String.prototype.toWellFormed` does. */
export function wellFormed(s: string): string {
  return hasLoneSurrogate(s) ? replaceLoneSurrogates(s) : s;
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

/**
 * Whether `convert` would give back a value equal to `value` in every way the engine can see, so that
 * no copy is needed: strings without lone surrogates, finite numbers, booleans, null, and arrays and
 * objects of those with the standard prototypes, no holes, no `__proto__` key and no own property
 * that `Object.keys` does not list (non-enumerable ones, or an array's extra keys), nested at most
 * MAX_DEPTH deep and without cycles. JSON.parse output and object literals pass; anything else is copied.
 */
function isClean(value: unknown, depth: number, ancestors: object[]): boolean {
  switch (typeof value) {
    case 'string':
      return !hasLoneSurrogate(value);
    case 'number':
      return Number.isFinite(value);
    case 'boolean':
      return true;
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth >= MAX_DEPTH) return false;
  for (let i = 0; i < depth; i++) if (ancestors[i] === value) return false;
  ancestors[depth] = value;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    // An array's own names are its indexes and `length`: anything more is a key the copy drops.
    if (Object.getOwnPropertyNames(value).length !== value.length + 1) return false;
    for (let i = 0; i < value.length; i++) if (!isClean(value[i], depth + 1, ancestors)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  // for...in reads the keys from V8's cache where Object.keys would build an array. It lists the own
  // enumerable keys (and inherited enumerable ones, which a clean Object.prototype has none of: any
  // would make the count below too high, so the data is copied). The own names then number the same
  // only when none of them is non-enumerable.
  let count = 0;
  for (const key in value) {
    if (key === '__proto__' || hasLoneSurrogate(key)) return false;
    if (!isClean((value as Record<string, unknown>)[key], depth + 1, ancestors)) return false;
    count++;
  }
  return Object.getOwnPropertyNames(value).length === count;
}

/**
 * `value` itself when it is already JSON-clean (see `toJsonValue`), otherwise `toJsonValue`'s copy.
 * Every check starts here: case data parsed from JSON (the server, the CLI) or built as plain object
 * literals (the browser's form) needs no copy, which a check would otherwise pay for on every call.
 * The caller's data is then shared, never modified: the engine only reads it.
 */
export function asJsonValue(value: unknown): JsonValue | undefined {
  return isClean(value, 0, []) ? (value as JsonValue) : toJsonValue(value);
}

/** Whether `value` is a JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
