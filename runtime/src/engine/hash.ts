import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { JsonValue } from './to-json-value.ts';

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
 * Thrown inside {@link sortedView} for what the native JSON.stringify would not write canonically
 * from a plain view: an own `__proto__` key or integer-like keys out of order (which no plain object
 * can hold in canonical order), a `toJSON`, an object that is not a plain object or array (a Date,
 * a boxed string). The hand-written {@link write} handles these.
 */
const NEEDS_WRITER = Symbol('needs the hand-written serializer');

function isInKeyOrder(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1] > keys[i]) return false;
  return true;
}

/** What JSON.stringify writes nothing for as an object member (and null for as an array item). */
const isSkipped = (item: unknown): boolean => item === undefined || typeof item === 'symbol';

function sortedArray(value: unknown[], depth: number): unknown[] {
  if (Object.getPrototypeOf(value) !== Array.prototype) throw NEEDS_WRITER;
  let copy: unknown[] | undefined;
  for (let i = 0; i < value.length; i++) {
    const item = value[i];
    const sorted = isSkipped(item) ? null : sortedView(item, depth + 1);
    if (sorted !== item && copy === undefined) copy = value.slice(0, i);
    if (copy !== undefined) copy.push(sorted);
  }
  return copy ?? value;
}

/** Whether JSON.stringify would call a `toJSON` of `value` (own, even non-enumerable, or inherited). */
const hasToJson = (value: object): boolean => typeof (value as { toJSON?: unknown }).toJSON === 'function';

function sortedObject(record: Record<string, unknown>, depth: number): Record<string, unknown> {
  const proto = Object.getPrototypeOf(record);
  if ((proto !== Object.prototype && proto !== null) || hasToJson(record)) throw NEEDS_WRITER;
  const keys = Object.keys(record);
  const inOrder = isInKeyOrder(keys);
  if (!inOrder) {
    // Integer-like keys enumerate first whatever the insertion order: no copy can fix that order.
    for (const key of keys) if (ARRAY_INDEX.test(key)) throw NEEDS_WRITER;
    keys.sort();
  }
  // Built only once something differs from `record`: its keys in order, children unchanged.
  let copy: Record<string, unknown> | undefined = inOrder ? undefined : {};
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (key === '__proto__') throw NEEDS_WRITER;
    const item = record[key];
    const sorted = isSkipped(item) ? undefined : sortedView(item, depth + 1);
    if (copy === undefined && sorted !== item) {
      copy = {};
      for (let j = 0; j < i; j++) if (!isSkipped(record[keys[j]])) copy[keys[j]] = record[keys[j]];
    }
    if (copy !== undefined && sorted !== undefined) copy[key] = sorted;
  }
  return copy ?? record;
}

/**
 * Whether JSON.stringify writes `value` in canonical order as it is: finite numbers, strings,
 * booleans, null, and arrays and plain objects (no `toJSON`) of those whose keys are already in
 * order. The common case for the facts of a check, whose pruned form lists fields in key order, so
 * it is answered without allocating: `for...in` walks each object's keys from V8's cache, where
 * `Object.keys` would build an array. An own `__proto__` key, whose place no plain object can change,
 * is fine here: JSON.stringify writes own keys in the order checked.
 */
function isInCanonicalOrder(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      break;
    default:
      return false;
  }
  if (value === null) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) if (!isInCanonicalOrder(value[i], depth + 1)) return false;
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype || hasToJson(value)) return false;
  let previous: string | undefined;
  // With Object.prototype as the prototype (and nothing enumerable added to it), for...in lists
  // exactly the own enumerable keys, in Object.keys order.
  for (const key in value) {
    if (previous !== undefined && previous > key) return false;
    previous = key;
    if (!isInCanonicalOrder((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}

/**
 * `value` with every object's keys in canonical order, copying only the objects (and their
 * ancestors) whose keys are not already in order, so that the native JSON.stringify writes the
 * canonical text. Throws NOT_JSON for what JSON cannot hold, except lone surrogates, which the
 * caller finds in the text (JSON.stringify escapes them as `\udxxx`).
 */
function sortedView(value: unknown, depth: number): unknown {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      if (!Number.isFinite(value)) throw notJson(String(value));
      return value;
    case 'object':
      break;
    default:
      throw notJson(typeof value);
  }
  if (value === null) return value;
  if (depth > MAX_DEPTH) throw notJson('nested too deep, or a cycle');
  return Array.isArray(value)
    ? sortedArray(value, depth)
    : sortedObject(value as Record<string, unknown>, depth);
}

/**
 * The canonical JSON (RFC 8785, JCS) of a JSON value: object keys sorted by UTF-16 code units, no
 * whitespace, ECMAScript number and string serialization. Equal data gives equal text on every
 * machine, so it can be hashed. Output equals the `canonicalize` package's (a property test holds
 * them equal). Throws a TypeError with code `NOT_JSON` for what JSON cannot hold (undefined at the
 * top, NaN, Infinity, functions, BigInt, cycles, lone surrogates).
 *
 * Definitions, audit records and the rarer shapes of a check's facts are hashed this way, so the
 * common case is made cheap: plain objects and arrays are put in key order (copying only objects
 * whose keys are not already in order) and the native JSON.stringify, whose string and number output
 * RFC 8785 adopts, writes them in one flat string that hashes without another copy. Rare shapes fall
 * back to a hand-written serializer.
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) throw notJson('undefined');
  let text: string;
  try {
    text = JSON.stringify(isInCanonicalOrder(value, 0) ? value : sortedView(value, 0));
  } catch (error) {
    if (error !== NEEDS_WRITER) throw error;
    return write(value, new Set());
  }
  // JSON.stringify writes a lone surrogate as an escape (`\ud800`): JSON data cannot hold one, and
  // the hand-written serializer says so. Text that merely contains a backslash and "ud" agrees.
  return text.includes('\\ud') ? write(value, new Set()) : text;
}

/** Whether every object in JSON-clean data lists its keys in code-unit order; arrays are walked by index. */
function keysInOrder(value: JsonValue): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) if (!keysInOrder(value[i])) return false;
    return true;
  }
  let previous: string | undefined;
  // for...in lists the own enumerable keys, in JSON.stringify's order (see isInCanonicalOrder).
  for (const key in value) {
    if (previous !== undefined && previous > key) return false;
    previous = key;
    if (!keysInOrder(value[key])) return false;
  }
  return true;
}

/** Whether a `toJSON` was put on the prototypes of plain objects or arrays, which JSON.stringify would call. */
const prototypesHaveToJson = (): boolean => hasToJson(Object.prototype) || hasToJson(Array.prototype);

/**
 * `canonicalJson(value)` for JSON-clean data, as `asJsonValue` hands it back and pruning keeps it:
 * plain objects and arrays, finite numbers, strings without lone surrogates, no cycles. Of what
 * `canonicalJson` checks, only the key order can then be wrong, so only that is walked for; data
 * out of order (or prototypes given a `toJSON`) takes `canonicalJson` itself. A check's facts
 * writer (compile-facts-writer.ts) hands it every object its form schema does not describe.
 */
export function canonicalJsonOfClean(value: JsonValue): string {
  return keysInOrder(value) && !prototypesHaveToJson() ? JSON.stringify(value) : canonicalJson(value);
}

/** The SHA-256 of the UTF-8 bytes of `data` (or of `data` itself, bytes), as 64 lowercase hex digits. */
export function sha256Hex(data: string | Uint8Array): string {
  return bytesToHex(sha256(typeof data === 'string' ? utf8.encode(data) : data));
}

/** `sha256Hex(canonicalJson(value))`: the content hash used for definitions, facts and the audit chain. */
export function hashJson(value: unknown): string {
  return sha256Hex(canonicalJson(value));
}
