import type { FormJsonSchema } from '@onewindow/schemas';
import { canonicalJson, canonicalJsonOfClean } from './hash.ts';
import { hasLoneSurrogate, type JsonValue } from './to-json-value.ts';

/**
 * The keys an object of one schema node may hold, in code-unit order, with what is known of each
 * key's value; and what is known of an array's items. Only a hint: data that does not fit it is
 * written by the generic serializer, so a plan can make writing faster but never change the text.
 */
interface Plan {
  readonly keys: readonly string[];
  /** `{"key":` for each key, as UTF-8: the text before the first member written. */
  readonly openers: readonly Uint8Array[];
  /** `,"key":` for each key, as UTF-8: the text before any later member. */
  readonly separators: readonly Uint8Array[];
  /** Per key: whether Object.prototype has it too, so that only an own property counts. */
  readonly inherited: readonly boolean[];
  readonly children: readonly (Plan | undefined)[];
  readonly items: Plan | undefined;
}

interface Draft {
  props: Map<string, Draft>;
  items: Draft | undefined;
}

/** Deeper than this, data is written without a plan: plans are hints, and recursive schemas have no end. */
const MAX_PLAN_DEPTH = 12;
/** At most this many schema nodes are visited per form: a pathological schema only loses its hints. */
const MAX_VISITS = 5000;

type SchemaNode = FormJsonSchema | boolean | undefined;

const isSchemaObject = (node: unknown): node is FormJsonSchema =>
  node !== null && typeof node === 'object' && !Array.isArray(node);

const UTF8 = new TextEncoder();

/**
 * The bytes being written: one buffer for every writer (a write never yields). Text is encoded as
 * it is written, so the hash reads one flat array of bytes: a string built by concatenation is
 * flattened and then encoded inside the hash, which cost more than writing it did. Facts that do not
 * fit (a form of over 20,000 characters or so) are written as text instead.
 */
const CAPACITY = 65_536;
const out = new Uint8Array(CAPACITY);
let at = 0;

/** Thrown when the facts do not fit {@link out}. */
const FULL = Symbol('the facts buffer is full');

function putBytes(bytes: Uint8Array): void {
  const n = bytes.length;
  if (at + n > CAPACITY) throw FULL;
  for (let i = 0; i < n; i++) out[at + i] = bytes[i];
  at += n;
}

function putByte(byte: number): void {
  if (at >= CAPACITY) throw FULL;
  out[at++] = byte;
}

/**
 * Writes the UTF-8 of `s` from `at` and returns where it ends; or -1 when `s` holds a lone surrogate
 * or, with `plain`, a character JSON escapes (`"`, `\`, a control character): the caller then writes
 * it otherwise.
 */
function encode(s: string, plain: boolean): number {
  const n = s.length;
  if (at + 3 * n + 2 > CAPACITY) throw FULL;
  let j = at;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (plain && (c < 0x20 || c === 0x22 || c === 0x5c)) return -1;
      out[j++] = c;
    } else if (c < 0x800) {
      out[j++] = 0xc0 | (c >> 6);
      out[j++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c > 0xdfff) {
      out[j++] = 0xe0 | (c >> 12);
      out[j++] = 0x80 | ((c >> 6) & 0x3f);
      out[j++] = 0x80 | (c & 0x3f);
    } else {
      const d = c <= 0xdbff && i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (d < 0xdc00 || d > 0xdfff) return -1;
      i++;
      const p = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      out[j++] = 0xf0 | (p >> 18);
      out[j++] = 0x80 | ((p >> 12) & 0x3f);
      out[j++] = 0x80 | ((p >> 6) & 0x3f);
      out[j++] = 0x80 | (p & 0x3f);
    }
  }
  return j;
}

/** JSON text (a serializer's, or a number's; never with a lone surrogate, which JSON escapes) as UTF-8. */
function putText(s: string): void {
  const end = encode(s, false);
  if (end < 0) throw new TypeError('not JSON text: a lone surrogate');
  at = end;
}

const QUOTE = 0x22;

/** The JSON text of a string, as UTF-8: quoted, and escaped as JSON.stringify escapes it if need be. */
function putString(s: string): void {
  if (at >= CAPACITY) throw FULL;
  const start = at;
  out[at++] = QUOTE;
  const end = encode(s, true);
  if (end < 0) {
    at = start;
    putText(JSON.stringify(s));
    return;
  }
  out[end] = QUOTE;
  at = end + 1;
}

/** The subschema at a local `$ref` (`#/definitions/x`), or undefined for any other reference. */
function deref(root: FormJsonSchema, ref: string): SchemaNode {
  if (!ref.startsWith('#')) return undefined;
  let node: unknown = root;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return undefined;
    }
    if (!isSchemaObject(node) || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node as SchemaNode;
}

/**
 * Builds the plan of a form schema: every key that `properties` declare anywhere a pruned object of a
 * node can take them from (the node itself, `allOf`/`anyOf`/`oneOf` parts, `then`/`else`, schema
 * `dependencies`, local `$ref`s), merged per key. Keys from `patternProperties` or
 * `additionalProperties` cannot be listed: an object holding one is written generically.
 */
function planSchema(root: FormJsonSchema): Plan | undefined {
  let visits = 0;
  const collect = (node: SchemaNode, into: Draft, depth: number, refs: readonly string[]): void => {
    if (!isSchemaObject(node) || depth > MAX_PLAN_DEPTH || ++visits > MAX_VISITS) return;
    if (typeof node.$ref === 'string') {
      // A reference already being followed on this path would only repeat itself.
      if (!refs.includes(node.$ref)) collect(deref(root, node.$ref), into, depth, [...refs, node.$ref]);
    }
    const { properties } = node;
    if (isSchemaObject(properties)) {
      for (const key of Object.keys(properties)) {
        let child = into.props.get(key);
        if (child === undefined) {
          child = { props: new Map(), items: undefined };
          into.props.set(key, child);
        }
        collect(properties[key], child, depth + 1, refs);
      }
    }
    const { items } = node;
    for (const item of Array.isArray(items) ? items : [items]) {
      if (!isSchemaObject(item)) continue;
      into.items ??= { props: new Map(), items: undefined };
      collect(item, into.items, depth + 1, refs);
    }
    for (const part of [...(node.allOf ?? []), ...(node.anyOf ?? []), ...(node.oneOf ?? [])]) {
      collect(part, into, depth, refs);
    }
    collect(node.then, into, depth, refs);
    collect(node.else, into, depth, refs);
    for (const dependency of Object.values(node.dependencies ?? {})) {
      if (!Array.isArray(dependency)) collect(dependency as SchemaNode, into, depth, refs);
    }
  };
  const draft: Draft = { props: new Map(), items: undefined };
  collect(root, draft, 0, []);
  return finish(draft);
}

function finish(draft: Draft | undefined): Plan | undefined {
  if (draft === undefined) return undefined;
  const items = finish(draft.items);
  const keys = [...draft.props.keys()].filter((key) => !hasLoneSurrogate(key) && key !== '__proto__').sort();
  if (keys.length === 0 && items === undefined) return undefined;
  return {
    keys,
    openers: keys.map((key) => UTF8.encode(`{${JSON.stringify(key)}:`)),
    separators: keys.map((key) => UTF8.encode(`,${JSON.stringify(key)}:`)),
    inherited: keys.map((key) => key in Object.prototype),
    children: keys.map((key) => finish(draft.props.get(key))),
    items,
  };
}

/** Own enumerable keys of a JSON-clean object (for...in, with nothing enumerable on Object.prototype). */
function keyCount(record: object): number {
  let count = 0;
  for (const _ in record) count++;
  return count;
}

const EMPTY_OBJECT = UTF8.encode('{}');
const NULL = UTF8.encode('null');
const TRUE = UTF8.encode('true');
const FALSE = UTF8.encode('false');
const COMMA = 0x2c;

function writeObject(record: { [key: string]: JsonValue }, plan: Plan): void {
  const { keys } = plan;
  const start = at;
  let written = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const item = record[key];
    if (item === undefined || (plan.inherited[i] && !Object.hasOwn(record, key))) continue;
    putBytes(written === 0 ? plan.openers[i] : plan.separators[i]);
    writeValue(item, plan.children[i]);
    written++;
  }
  // A key the plan does not list: the plan cannot say where it goes.
  if (written !== keyCount(record)) {
    at = start;
    putText(canonicalJsonOfClean(record));
  } else if (written === 0) putBytes(EMPTY_OBJECT);
  else putByte(0x7d);
}

function writeValue(value: JsonValue, plan: Plan | undefined): void {
  switch (typeof value) {
    case 'string':
      putString(value);
      return;
    case 'number':
      // ECMAScript's Number::toString, as JSON.stringify and RFC 8785 write numbers (-0 as 0).
      putText(`${value}`);
      return;
    case 'boolean':
      putBytes(value ? TRUE : FALSE);
      return;
  }
  if (value === null) {
    putBytes(NULL);
    return;
  }
  if (Array.isArray(value)) {
    const items = plan?.items;
    putByte(0x5b);
    for (let i = 0; i < value.length; i++) {
      if (i > 0) putByte(COMMA);
      // Pruning leaves undefined for an item of the wrong type, which JSON writes as null.
      const item = value[i];
      if (item === undefined) putBytes(NULL);
      else writeValue(item, items);
    }
    putByte(0x5d);
    return;
  }
  if (plan === undefined || plan.keys.length === 0) putText(canonicalJsonOfClean(value));
  else writeObject(value, plan);
}

/** Whether anything makes JSON.stringify of plain data differ from its own members (see `canonicalJsonOfClean`). */
function prototypesArePlain(): boolean {
  for (const _ in Object.prototype) return false;
  const objectToJson = (Object.prototype as { toJSON?: unknown }).toJSON;
  const arrayToJson = (Array.prototype as { toJSON?: unknown }).toJSON;
  return typeof objectToJson !== 'function' && typeof arrayToJson !== 'function';
}

/**
 * Writes `canonicalJson({ form, materials, today })` as UTF-8, the bytes a check's facts hash is
 * taken of, for JSON-clean form data as pruning leaves it (where an array item of the wrong type
 * becomes undefined) and well-formed material codes, as `prepareCase` hands them over. The bytes are
 * a view of the writer's buffer, good until the next write: hash them (or copy them) at once.
 */
export type FactsWriter = (form: JsonValue, materials: readonly string[], today: string) => Uint8Array;

const FORM = UTF8.encode('{"form":');
const MATERIALS = UTF8.encode(',"materials":[');
const TODAY = UTF8.encode('],"today":');

/**
 * The facts writer of one form schema: `canonicalJsonOfClean` specialised for its (pruned) form
 * data, written straight into UTF-8. The keys each object may hold are sorted once here, so a check
 * writes each member in place instead of walking every object for its key order and then serializing
 * it again. Objects holding a key the schema does not list, and values of any other shape, are
 * written by `canonicalJsonOfClean`, and anything unusual (a `today` that is not clean text, a
 * `toJSON` or enumerable key put on the prototypes) by `canonicalJson` itself: the bytes are those of
 * the same text for every input, which a property test holds.
 */
export function compileFactsWriter(schema: FormJsonSchema): FactsWriter {
  const plan = planSchema(schema);
  return (form, materials, today) => {
    if (typeof today !== 'string' || hasLoneSurrogate(today) || !prototypesArePlain()) {
      return UTF8.encode(canonicalJson({ form, materials, today }));
    }
    at = 0;
    try {
      putBytes(FORM);
      writeValue(form, plan);
      putBytes(MATERIALS);
      for (let i = 0; i < materials.length; i++) {
        if (i > 0) putByte(COMMA);
        putString(materials[i]);
      }
      putBytes(TODAY);
      putString(today);
      putByte(0x7d);
      return out.subarray(0, at);
    } catch (error) {
      if (error !== FULL) throw error;
      return UTF8.encode(canonicalJson({ form, materials, today }));
    } finally {
      at = 0;
    }
  };
}
