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
  /** Per key: whether Object.prototype has it too, so that only an own property counts. */
  readonly inherited: readonly boolean[];
  readonly children: readonly (Plan | undefined)[];
  readonly items: Plan | undefined;
  /** Writes an object (not null, not an array) of this node: generated for the plan's keys. */
  write: ObjectWriter | undefined;
}

/** Writes `record` at `at`; returns the offset after it. */
type ObjectWriter = (record: { [key: string]: JsonValue }, at: number) => number;

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
 * fit (a form of over 20,000 characters or so) are written as text instead. Every write function
 * takes the offset to write at and returns the offset after what it wrote.
 */
const CAPACITY = 65_536;
const out = new Uint8Array(CAPACITY);

/** Thrown when the facts do not fit {@link out}. */
const FULL = Symbol('the facts buffer is full');

function putBytes(bytes: Uint8Array, at: number): number {
  const n = bytes.length;
  if (at + n > CAPACITY) throw FULL;
  for (let i = 0; i < n; i++) out[at + i] = bytes[i];
  return at + n;
}

function putByte(byte: number, at: number): number {
  if (at >= CAPACITY) throw FULL;
  out[at] = byte;
  return at + 1;
}

/**
 * Writes the UTF-8 of `s` from `at` and returns where it ends; or -1 when `s` holds a lone surrogate
 * or, with `plain`, a character JSON escapes (`"`, `\`, a control character): the caller then writes
 * it otherwise.
 */
function encode(s: string, plain: boolean, at: number): number {
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
function putText(s: string, at: number): number {
  const end = encode(s, false, at);
  if (end < 0) throw new TypeError('not JSON text: a lone surrogate');
  return end;
}

const QUOTE = 0x22;

/** The JSON text of a string, as UTF-8: quoted, and escaped as JSON.stringify escapes it if need be. */
function putString(s: string, at: number): number {
  if (at >= CAPACITY) throw FULL;
  out[at] = QUOTE;
  const end = encode(s, true, at + 1);
  if (end < 0) return putText(JSON.stringify(s), at);
  out[end] = QUOTE;
  return end + 1;
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
  const plan: Plan = {
    keys,
    inherited: keys.map((key) => key in Object.prototype),
    children: keys.map((key) => finish(draft.props.get(key))),
    items,
    write: undefined,
  };
  if (keys.length > 0) plan.write = generateObjectWriter(plan);
  return plan;
}

/** Own enumerable keys of a JSON-clean object (for...in, with nothing enumerable on Object.prototype). */
function keyCount(record: object): number {
  let count = 0;
  for (const _ in record) count++;
  return count;
}

const NULL = UTF8.encode('null');
const TRUE = UTF8.encode('true');
const FALSE = UTF8.encode('false');
const COMMA = 0x2c;

/** Writes any JSON-clean value (or an array item pruning left undefined) by what `plan` knows of it. */
function writeValue(value: JsonValue, plan: Plan | undefined, at: number): number {
  switch (typeof value) {
    case 'string':
      return putString(value, at);
    case 'number':
      // ECMAScript's Number::toString, as JSON.stringify and RFC 8785 write numbers (-0 as 0).
      return putText(`${value}`, at);
    case 'boolean':
      return putBytes(value ? TRUE : FALSE, at);
  }
  if (value === null) return putBytes(NULL, at);
  if (Array.isArray(value)) {
    const items = plan?.items;
    let end = putByte(0x5b, at);
    for (let i = 0; i < value.length; i++) {
      if (i > 0) end = putByte(COMMA, end);
      // Pruning leaves undefined for an item of the wrong type, which JSON writes as null.
      const item = value[i];
      end = item === undefined ? putBytes(NULL, end) : writeValue(item, items, end);
    }
    return putByte(0x5d, end);
  }
  const write = plan?.write;
  return write === undefined ? putText(canonicalJsonOfClean(value), at) : write(value, at);
}

/** What generated writers call: the buffer, its size, and the functions above. */
const RUNTIME = { out, CAPACITY, FULL, putString, putText, writeValue, keyCount, canonicalJsonOfClean };

/**
 * The writer of one plan's objects, generated as JavaScript: each key the plan lists is read by name
 * (a property load the engine caches per object shape, where a loop over the keys read every one by
 * a computed name) and its `{"key":` or `,"key":` written as byte stores. A string member, the
 * usual field, is written directly; any other value by {@link writeValue} with the key's plan. When
 * the object holds a key the plan does not list, it is written by `canonicalJsonOfClean` instead.
 */
function generateObjectWriter(plan: Plan): ObjectWriter {
  const lines = ['let n = 0;', 'let v;'];
  plan.keys.forEach((key, i) => {
    // `"key":` as UTF-8, after the `{` or `,` that depends on whether a member came before.
    const bytes = UTF8.encode(`${JSON.stringify(key)}:`);
    const literal = JSON.stringify(key);
    const own = plan.inherited[i] ? ` && Object.hasOwn(r, ${literal})` : '';
    lines.push(
      `v = r[${literal}];`,
      `if (v !== undefined${own}) {`,
      `  if (at + ${bytes.length + 1} > CAPACITY) throw FULL;`,
      '  out[at] = n === 0 ? 0x7b : 0x2c;',
      ...[...bytes].map((b, j) => `  out[at + ${j + 1}] = ${b};`),
      `  at += ${bytes.length + 1};`,
      '  n++;',
      `  at = typeof v === 'string' ? putString(v, at) : writeValue(v, children[${i}], at);`,
      '}',
    );
  });
  lines.push(
    // A key the plan does not list: the plan cannot say where it goes.
    'if (n !== keyCount(r)) return putText(canonicalJsonOfClean(r), start);',
    'if (at + 2 > CAPACITY) throw FULL;',
    'if (n === 0) out[at++] = 0x7b;',
    'out[at++] = 0x7d;',
    'return at;',
  );
  const body = `return (r, at) => {\nconst start = at;\n${lines.join('\n')}\n};`;
  const names = Object.keys(RUNTIME);
  const factory = new Function(...names, 'children', body) as (...args: unknown[]) => ObjectWriter;
  return factory(...Object.values(RUNTIME), plan.children);
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
 * data, written straight into UTF-8. The keys each object may hold are sorted once here, and a
 * writer generated for them, so a check writes each member in place instead of walking every object
 * for its key order and then serializing it again. Objects holding a key the schema does not list,
 * and values of any other shape, are written by `canonicalJsonOfClean`, and anything unusual (a
 * `today` that is not clean text, a `toJSON` or enumerable key put on the prototypes) by
 * `canonicalJson` itself: the bytes are those of the same text for every input, which a property
 * test holds.
 */
export function compileFactsWriter(schema: FormJsonSchema): FactsWriter {
  const plan = planSchema(schema);
  return (form, materials, today) => {
    if (typeof today !== 'string' || hasLoneSurrogate(today) || !prototypesArePlain()) {
      return UTF8.encode(canonicalJson({ form, materials, today }));
    }
    try {
      let at = putBytes(FORM, 0);
      at = writeValue(form, plan, at);
      at = putBytes(MATERIALS, at);
      for (let i = 0; i < materials.length; i++) {
        if (i > 0) at = putByte(COMMA, at);
        at = putString(materials[i], at);
      }
      at = putBytes(TODAY, at);
      at = putString(today, at);
      at = putByte(0x7d, at);
      return out.subarray(0, at);
    } catch (error) {
      if (error !== FULL) throw error;
      return UTF8.encode(canonicalJson({ form, materials, today }));
    }
  };
}
