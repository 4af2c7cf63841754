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
  /** `{"key":` for each key: the text before the first member written. */
  readonly openers: readonly string[];
  /** `,"key":` for each key: the text before any later member. */
  readonly separators: readonly string[];
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

/**
 * What JSON.stringify may write other than as it is: `"`, `\` and control characters (escaped), and
 * surrogates (a lone one escaped; pairs are left to it too, which costs little and risks nothing).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters JSON escapes are what is looked for
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;

/** The JSON text of a string without lone surrogates (which JSON-clean data never holds). */
const quote = (s: string): string => (NEEDS_ESCAPE.test(s) ? JSON.stringify(s) : `"${s}"`);

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
    openers: keys.map((key) => `{${JSON.stringify(key)}:`),
    separators: keys.map((key) => `,${JSON.stringify(key)}:`),
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

function writeObject(record: { [key: string]: JsonValue }, plan: Plan): string {
  const { keys } = plan;
  let text = '';
  let written = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const item = record[key];
    if (item === undefined || (plan.inherited[i] && !Object.hasOwn(record, key))) continue;
    text += (written === 0 ? plan.openers[i] : plan.separators[i]) + writeValue(item, plan.children[i]);
    written++;
  }
  // A key the plan does not list: the plan cannot say where it goes.
  if (written !== keyCount(record)) return canonicalJsonOfClean(record);
  return written === 0 ? '{}' : `${text}}`;
}

function writeValue(value: JsonValue, plan: Plan | undefined): string {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      // ECMAScript's Number::toString, as JSON.stringify and RFC 8785 write numbers (-0 as 0).
      return `${value}`;
    case 'boolean':
      return value ? 'true' : 'false';
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    const items = plan?.items;
    let text = '[';
    for (let i = 0; i < value.length; i++) {
      // Pruning leaves undefined for an item of the wrong type, which JSON writes as null.
      const item = value[i];
      text += (i === 0 ? '' : ',') + (item === undefined ? 'null' : writeValue(item, items));
    }
    return `${text}]`;
  }
  return plan === undefined || plan.keys.length === 0
    ? canonicalJsonOfClean(value)
    : writeObject(value, plan);
}

/** Whether anything makes JSON.stringify of plain data differ from its own members (see `canonicalJsonOfClean`). */
function prototypesArePlain(): boolean {
  for (const _ in Object.prototype) return false;
  const objectToJson = (Object.prototype as { toJSON?: unknown }).toJSON;
  const arrayToJson = (Array.prototype as { toJSON?: unknown }).toJSON;
  return typeof objectToJson !== 'function' && typeof arrayToJson !== 'function';
}

/**
 * Writes `canonicalJson({ form, materials, today })`, the text a check's facts hash is taken of, for
 * JSON-clean form data as pruning leaves it (where an array item of the wrong type becomes undefined)
 * and well-formed material codes, as `prepareCase` hands them over.
 */
export type FactsWriter = (form: JsonValue, materials: readonly string[], today: string) => string;

/**
 * The facts writer of one form schema: `canonicalJsonOfClean` specialised for its (pruned) form
 * data. The keys each object may hold are sorted once here, so a check writes each member in place
 * instead of walking every object for its key order and then serializing it again. Objects holding a
 * key the schema does not list, and values of any other shape, are written by `canonicalJsonOfClean`,
 * and anything unusual (a `today` that is not clean text, a `toJSON` or enumerable key put on the
 * prototypes) by `canonicalJson` itself: the text is the same for every input, which a property test
 * holds.
 */
export function compileFactsWriter(schema: FormJsonSchema): FactsWriter {
  const plan = planSchema(schema);
  return (form, materials, today) => {
    if (typeof today !== 'string' || hasLoneSurrogate(today) || !prototypesArePlain()) {
      return canonicalJson({ form, materials, today });
    }
    let codes = '[';
    for (let i = 0; i < materials.length; i++) codes += (i === 0 ? '' : ',') + quote(materials[i]);
    return `{"form":${writeValue(form, plan)},"materials":${codes}],"today":${quote(today)}}`;
  };
}
