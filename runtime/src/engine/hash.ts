import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

const SURROGATE = /[\uD800-\uDFFF]/;
const utf8 = new TextEncoder();

function notJson(reason: string): TypeError {
  return Object.assign(new TypeError(`not JSON data: ${reason}`), { code: 'NOT_JSON' });
}

function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (!(d >= 0xdc00 && d <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
}

function writeString(s: string): string {
  if (SURROGATE.test(s) && hasLoneSurrogate(s)) throw notJson('lone surrogate');
  return JSON.stringify(s);
}

function write(value: unknown, open: Set<object>): string {
  switch (typeof value) {
    case 'string':
      return writeString(value);
    case 'number':
      if (!Number.isFinite(value)) throw notJson(String(value));
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw notJson(typeof value);
  }
  if (value === null) return 'null';
  if (open.has(value)) throw notJson('cycle');
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    open.add(value);
    const text = write(toJSON.call(value), open);
    open.delete(value);
    return text;
  }
  open.add(value);
  let text: string;
  if (Array.isArray(value)) {
    text = '[';
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      text +=
        (i > 0 ? ',' : '') + (item === undefined || typeof item === 'symbol' ? 'null' : write(item, open));
    }
    text += ']';
  } else {
    const record = value as Record<string, unknown>;
    text = '{';
    let first = true;
    // Default sort compares UTF-16 code units, which is what RFC 8785 prescribes.
    for (const key of Object.keys(record).sort()) {
      const item = record[key];
      if (item === undefined || typeof item === 'symbol') continue;
      text += `${first ? '' : ','}${writeString(key)}:${write(item, open)}`;
      first = false;
    }
    text += '}';
  }
  open.delete(value);
  return text;
}

const MAX_DEPTH = 1000;
const ARRAY_INDEX = /^(?:0|[1-9][0-9]{0,9})$/;
/**
 * Thrown inside {@link sortKeys} when a plain object cannot hold the canonical order: an own
 * `__proto__` key, or integer-like keys, which objects always enumerate first, in numeric order.
 */
const NEEDS_WRITER = Symbol('needs the hand-written serializer');

function isSorted(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
}

/**
 * `value` with every object's keys in canonical order, copying only the objects (and their
 * ancestors) whose keys are not already in order, so that the native JSON.stringify writes the
 * canonical text. Checks along the way that the value is JSON (throws NOT_JSON).
 */
function sortKeys(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
      if (SURROGATE.test(value) && hasLoneSurrogate(value)) throw notJson('lone surrogate');
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw notJson(String(value));
      return value;
    case 'boolean':
      return value;
    case 'object':
      break;
    default:
      throw notJson(typeof value);
  }
  if (value === null) return value;
  if (depth > MAX_DEPTH) throw notJson('nested too deep, or a cycle');
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return sortKeys(toJSON.call(value), depth + 1);
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item = value[i];
      const sorted = item === undefined || typeof item === 'symbol' ? null : sortKeys(item, depth + 1);
      if (sorted !== item && copy === undefined) copy = value.slice(0, i);
      if (copy !== undefined) copy.push(sorted);
    }
    return copy ?? value;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  let changed = !isSorted(keys);
  if (changed) {
    // Integer-like keys enumerate first whatever the insertion order: no copy can fix that order.
    if (keys.some((k) => ARRAY_INDEX.test(k))) throw NEEDS_WRITER;
    keys.sort();
  }
  const sorted: unknown[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === '__proto__') throw NEEDS_WRITER;
    if (SURROGATE.test(key) && hasLoneSurrogate(key)) throw notJson('lone surrogate');
    const item = record[key];
    sorted[i] = item === undefined || typeof item === 'symbol' ? undefined : sortKeys(item, depth + 1);
    if (sorted[i] !== item) changed = true;
  }
  if (!changed) return value;
  const copy: Record<string, unknown> = {};
  for (let i = 0; i < keys.length; i++) if (sorted[i] !== undefined) copy[keys[i]] = sorted[i];
  if (!isSorted(Object.keys(copy))) throw NEEDS_WRITER;
  return copy;
}

/** Thrown inside {@link writePlain} for anything but plain, clean JSON data: the general path decides. */
const NOT_PLAIN = Symbol('not plain JSON data');
/** Characters JSON.stringify escapes in a string, plus surrogates (lone ones are not JSON). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: U+0000–U+001F are exactly what JSON escapes.
const NEEDS_ESCAPE = /["\\\u0000-\u001f\uD800-\uDFFF]/;

function plainString(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return `"${s}"`;
  if (SURROGATE.test(s) && hasLoneSurrogate(s)) throw NOT_PLAIN;
  return JSON.stringify(s);
}

/**
 * The canonical text of the common case, written in one pass without copies: strings, finite
 * numbers, booleans, null, arrays without holes or undefined, and objects without `toJSON` or an
 * own `__proto__` key, nested at most {@link MAX_DEPTH} deep. Anything else throws NOT_PLAIN and
 * the general path (which validates and reports) takes over, so the text is the same either way.
 */
function writePlain(value: unknown, depth: number): string {
  switch (typeof value) {
    case 'string':
      return plainString(value);
    case 'number':
      if (!Number.isFinite(value)) throw NOT_PLAIN;
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      break;
    default:
      throw NOT_PLAIN;
  }
  if (value === null) return 'null';
  if (depth > MAX_DEPTH) throw NOT_PLAIN;
  if (Array.isArray(value)) {
    const n = value.length;
    if (n === 0) return '[]';
    let text = `[${writePlain(value[0], depth + 1)}`;
    for (let i = 1; i < n; i++) text += `,${writePlain(value[i], depth + 1)}`;
    return `${text}]`;
  }
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') throw NOT_PLAIN;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (!isSorted(keys)) keys.sort();
  let text = '{';
  let first = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === '__proto__') throw NOT_PLAIN;
    const item = record[key];
    if (item === undefined) continue;
    text += `${first ? '' : ','}${plainString(key)}:${writePlain(item, depth + 1)}`;
    first = false;
  }
  return `${text}}`;
}

/**
 * The canonical JSON (RFC 8785, JCS) of a JSON value: object keys sorted by UTF-16 code units, no
 * whitespace, ECMAScript number and string serialization. Equal data gives equal text on every
 * machine, so it can be hashed. Output equals the `canonicalize` package's (a property test holds
 * them equal) at a fraction of the cost, which matters for the facts hash of every check: objects
 * are put in key order (copied only when they are not already) and the native JSON.stringify, whose
 * string and number output RFC 8785 adopts, writes them. Throws a TypeError with code `NOT_JSON`
 * for what JSON cannot hold (undefined at the top, NaN, Infinity, functions, BigInt, cycles, lone
 * surrogates).
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) throw notJson('undefined');
  try {
    return writePlain(value, 0);
  } catch (error) {
    if (error !== NOT_PLAIN) throw error;
  }
  try {
    return JSON.stringify(sortKeys(value, 0));
  } catch (error) {
    if (error !== NEEDS_WRITER) throw error;
    // Rare keys (`__proto__`, integer-like ones out of order) that a plain object cannot order.
    return write(value, new Set());
  }
}

/** The SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8.encode(text)));
}

/** `sha256Hex(canonicalJson(value))`: the content hash used for definitions, facts and the audit chain. */
export function hashJson(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
