import {
  findSchemaDefinition,
  getSchemaType,
  isValueEmpty,
  type RJSFSchema,
  type StrictRJSFSchema,
  type ValidatorType,
} from '@rjsf/utils';
import shallowAllOfMerge from '@rjsf/utils/lib/schema/shallowAllOfMerge.js';

/** `omit(source, target, useSourceAsFallback)` for one schema node, as rjsf's omitExtraData walks it. */
type Omit = (source: unknown, target: unknown, fallback: boolean) => unknown;
type SchemaDef = RJSFSchema | boolean | undefined;
type Bag = Record<string, unknown>;

/** A schema feature the compiled pruner leaves to rjsf's own `omitExtraData` (e.g. `oneOf`, `anyOf`). */
export class UnsupportedSchemaError extends Error {}

const isObject = (v: unknown): v is Bag => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * `bag` with its keys in code-unit order (a copy only when they are not). Declared properties are
 * written in that order already; this puts back in order the keys that a branch, `allOf` part,
 * dependency or pattern appended after them.
 */
function inKeyOrder(bag: Bag): Bag {
  // for...in walks the keys from V8's cache; only an object out of order pays for a key array.
  let previous: string | undefined;
  let ordered = true;
  for (const key in bag) {
    if (previous !== undefined && previous > key) {
      ordered = false;
      break;
    }
    previous = key;
  }
  if (ordered) return bag;
  const keys = Object.keys(bag).sort();
  const sorted: Bag = {};
  for (const key of keys) sorted[key] = bag[key];
  return sorted;
}

/**
 * The omit of a schema that keeps its value as it is: `true`, `{}`, or a field with no branches,
 * `allOf`, `dependencies` or children, such as `{ "type": "string", "minLength": 2 }` — most fields.
 * One shared function, so that an object's properties can recognise it and skip the call.
 */
const keepValue: Omit = (source, target, fallback) =>
  source === undefined ? undefined : (target ?? (fallback ? source : undefined));
const isSchemaObject = (v: unknown): v is RJSFSchema => isObject(v);
const own = (o: Bag, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

/**
 * Whether rjsf's `omitExtraData` drops `v`, the pruned value of an optional property: an object with
 * nothing in it but empty values, none of them required by the property's own schema.
 */
function isEmptyOptional(v: unknown, innerRequired: ReadonlySet<string>): boolean {
  if (!isObject(v)) return false;
  // for...in lists the same keys as Object.keys here (pruned or JSON-clean plain objects, and
  // nothing enumerable on Object.prototype), without building an array for every optional section.
  for (const k in v) if (innerRequired.has(k) || !isValueEmpty(v[k])) return false;
  return true;
}

/**
 * rjsf's `omitExtraData` for one property: the pruned `value` goes into `target[key]`, unless it is
 * an optional object with nothing in it. `fresh` says that `target` was created empty for this
 * object, so that no earlier value of `key` needs looking up. For keys only known from the data
 * (`patternProperties`, `additionalProperties`); declared properties have generated code
 * ({@link generateProperties}) that does the same.
 */
function setProperty(
  target: Bag,
  key: string,
  omit: Omit,
  innerRequired: ReadonlySet<string>,
  value: unknown,
  required: boolean,
  fresh: boolean,
): void {
  const existing = fresh ? undefined : own(target, key);
  let v: unknown;
  if (omit !== keepValue) v = omit(value, existing, true);
  else v = value === undefined ? undefined : (existing ?? value);
  if (!required && isEmptyOptional(v, innerRequired)) return;
  if (v !== undefined) target[key] = v;
}

interface PropertyPlan {
  key: string;
  omit: Omit;
  required: boolean;
  /** The `required` of the property's own schema ($ref followed once), for the empty-object rule. */
  innerRequired: ReadonlySet<string>;
}

/** What generated code calls. */
const RUNTIME = { hasOwn: Object.hasOwn, keepValue, isEmptyOptional };

/**
 * The declared properties of one object schema, as generated JavaScript: {@link setProperty} for each
 * in turn, with its key written into the code. Each property then reads and writes by a name the
 * engine caches per object shape, where one shared loop read and wrote every key of every form by a
 * computed name, and whether it keeps its value as it is, or may be dropped when empty, is decided
 * here instead of at every check.
 */
function generateProperties(
  properties: readonly PropertyPlan[],
): (source: Bag, target: Bag, fresh: boolean) => void {
  const lines = ['let value, v;'];
  properties.forEach((p, i) => {
    const key = JSON.stringify(p.key);
    lines.push(
      `value = hasOwn(source, ${key}) ? source[${key}] : undefined;`,
      p.omit === keepValue
        ? `v = value === undefined ? undefined : ((fresh || !hasOwn(target, ${key}) ? undefined : target[${key}]) ?? value);`
        : `v = plans[${i}].omit(value, fresh || !hasOwn(target, ${key}) ? undefined : target[${key}], true);`,
      p.required
        ? `if (v !== undefined) target[${key}] = v;`
        : `if (v !== undefined && !isEmptyOptional(v, plans[${i}].innerRequired)) target[${key}] = v;`,
    );
  });
  const body = `return (source, target, fresh) => {\n${lines.join('\n')}\n};`;
  const factory = new Function(...Object.keys(RUNTIME), 'plans', body);
  return factory(...Object.values(RUNTIME), properties);
}

/**
 * rjsf 6.11's `omitExtraData(validator, schema, rootSchema, formData)` compiled once per form: every
 * decision that depends only on the schema ($ref lookup, allOf merge, schema type, required sets,
 * property lists, patterns) is taken here, so a check pays only for what depends on the data (which
 * `if` holds, which keys are present, which values are empty). Differential tests hold it equal to
 * rjsf's function. Three deliberate differences: data is read through own properties only (rjsf
 * reads `source[key]` and `key in source`, which see `constructor` or `toString` on every object); a
 * schema's `properties` come out in key order, not declaration order (the same data, in the order
 * the facts hash writes it); and a schema with `oneOf`/`anyOf` throws UnsupportedSchemaError so the
 * caller uses rjsf's function itself.
 */
export function compilePruner(
  validator: ValidatorType<unknown, RJSFSchema>,
  rootSchema: RJSFSchema,
): (data: unknown) => unknown {
  const byRef = new Map<string, { omit: Omit }>();

  function requiredOf(schemaDef: SchemaDef): ReadonlySet<string> {
    let sd: RJSFSchema = isSchemaObject(schemaDef) ? schemaDef : {};
    if (sd.$ref !== undefined)
      sd = findSchemaDefinition(sd.$ref, rootSchema as StrictRJSFSchema) as RJSFSchema;
    return new Set(sd.required ?? []);
  }

  function compileObject(schema: RJSFSchema): (source: Bag, target: Bag, fresh: boolean) => Bag {
    const requiredSet = new Set(schema.required ?? []);
    // In code-unit order of their keys, the order canonical JSON writes. Results keep it too: a
    // trace that quotes a pruned object shows its keys in this order, so it must not change.
    const entries = Object.entries(schema.properties ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const properties: PropertyPlan[] = entries.map(([key, def]) => ({
      key,
      omit: compileNode(def),
      required: requiredSet.has(key),
      innerRequired: requiredOf(def),
    }));
    const known = new Set(Object.keys(schema.properties ?? {}));
    const patterns =
      schema.patternProperties === undefined
        ? undefined
        : Object.entries(schema.patternProperties).map(([p, def]) => ({
            re: new RegExp(p),
            plan: planFor(def),
          }));
    const extra = schema.additionalProperties;
    const extraPlan = extra !== undefined && extra !== false ? planFor(extra) : undefined;

    function planFor(def: SchemaDef): Omit & { innerRequired: ReadonlySet<string> } {
      return Object.assign(compileNode(def), { innerRequired: requiredOf(def) });
    }

    const declared = generateProperties(properties);
    return (source, target, fresh) => {
      declared(source, target, fresh);
      let rest: string[] | undefined;
      if (patterns !== undefined) {
        rest = [];
        for (const key of Object.keys(source)) {
          if (known.has(key)) continue;
          const match = patterns.find(({ re }) => re.test(key));
          if (match === undefined) rest.push(key);
          else setProperty(target, key, match.plan, match.plan.innerRequired, source[key], false, false);
        }
      }
      if (extraPlan !== undefined) {
        const keys = rest ?? Object.keys(source).filter((key) => !known.has(key));
        for (const key of keys) {
          setProperty(target, key, extraPlan, extraPlan.innerRequired, source[key], false, false);
        }
      }
      return patterns === undefined && extraPlan === undefined ? target : inKeyOrder(target);
    };
  }

  function compileArray(schema: RJSFSchema): (source: unknown[], target: unknown[]) => unknown[] {
    const { items, additionalItems } = schema;
    if (Array.isArray(items)) {
      const tuple = items.map((def) => compileNode(def));
      const extra = additionalItems ? compileNode(additionalItems) : undefined;
      return (source, target) => {
        const n = Math.min(tuple.length, source.length);
        let i = 0;
        for (; i < n; i++) target[i] = tuple[i](source[i], undefined, true);
        if (extra === undefined) {
          target.length = n;
          return target;
        }
        for (; i < source.length; i++) target[i] = extra(source[i], undefined, true);
        target.length = source.length;
        return target;
      };
    }
    const each = compileNode(items);
    return (source, target) => {
      for (let i = 0; i < source.length; i++) target[i] = each(source[i], undefined, true);
      target.length = source.length;
      return target;
    };
  }

  function compileSchema(schemaDef: RJSFSchema): Omit {
    let local = schemaDef;
    let remaining: Omit[] = [];
    if (schemaDef.allOf) {
      local = shallowAllOfMerge(schemaDef) as RJSFSchema;
      remaining = (local.allOf ?? []).map((def) => compileNode(def));
    }
    if (local.oneOf !== undefined || local.anyOf !== undefined) {
      throw new UnsupportedSchemaError('oneOf/anyOf are pruned by rjsf itself');
    }
    const type = getSchemaType(local);
    const object = type === 'object' ? compileObject(local) : undefined;
    const array = type === 'array' && local.items !== undefined ? compileArray(local) : undefined;
    const condition = local.if;
    const thenOmit =
      condition !== undefined && local.then !== undefined ? compileNode(local.then) : undefined;
    const elseOmit =
      condition !== undefined && local.else !== undefined ? compileNode(local.else) : undefined;
    const closed = local.additionalProperties === false;
    const knownKeys = new Set(Object.keys(local.properties ?? {}));
    const closedPatterns = Object.keys(local.patternProperties ?? {}).map((p) => new RegExp(p));
    const dependencies = Object.entries(local.dependencies ?? {})
      .filter(([, deps]) => !Array.isArray(deps))
      .map(([key, deps]) => ({ key, omit: compileNode(deps as SchemaDef) }));
    // Nodes that add keys to an object after its declared properties, out of key order perhaps.
    const appendsKeys = remaining.length > 0 || condition !== undefined || dependencies.length > 0;
    const keepsValue =
      remaining.length === 0 &&
      type !== 'object' &&
      type !== 'array' &&
      condition === undefined &&
      !closed &&
      dependencies.length === 0;
    if (keepsValue) return keepValue;
    const conditionIsSchema = isSchemaObject(condition);

    return (source, initialTarget, fallback) => {
      if (source === undefined) return undefined;
      let target = initialTarget;
      for (let i = 0; i < remaining.length; i++) target = remaining[i](source, target, false);
      let filtered = target;
      if (type === 'object') {
        if (!isObject(source)) return undefined;
        if (object !== undefined) {
          filtered = isObject(filtered) ? object(source, filtered, false) : object(source, {}, true);
        }
      } else if (type === 'array') {
        if (!Array.isArray(source)) return undefined;
        if (array !== undefined) filtered = array(source, Array.isArray(filtered) ? filtered : []);
      }
      let after = filtered;
      if (condition !== undefined) {
        const holds = conditionIsSchema
          ? validator.isValid(condition as RJSFSchema, source, rootSchema)
          : condition;
        const branch = holds ? thenOmit : elseOmit;
        if (branch !== undefined) after = branch(source, filtered, false);
      }
      if (closed && isObject(after)) {
        for (const key of Object.keys(after)) {
          if (!knownKeys.has(key) && !closedPatterns.some((re) => re.test(key))) delete after[key];
        }
      }
      let result = after;
      if (dependencies.length > 0 && isObject(source)) {
        for (const d of dependencies)
          if (Object.hasOwn(source, d.key)) result = d.omit(source, result, false);
      }
      if (appendsKeys && isObject(result)) result = inKeyOrder(result);
      return result ?? (fallback ? source : undefined);
    };
  }

  function compileNode(schemaDef: SchemaDef): Omit {
    if (schemaDef === false) return () => undefined;
    if (schemaDef === true || !schemaDef || Object.keys(schemaDef).length === 0) return keepValue;
    const ref = schemaDef.$ref;
    if (ref === undefined) return compileSchema(schemaDef);
    let holder = byRef.get(ref);
    if (holder === undefined) {
      // Registered before compiling so that a recursive schema refers back to itself.
      const slot: { omit: Omit } = { omit: () => undefined };
      byRef.set(ref, slot);
      slot.omit = compileNode(findSchemaDefinition(ref, rootSchema as StrictRJSFSchema) as RJSFSchema);
      holder = slot;
    }
    const target = holder;
    return (source, t, fallback) => target.omit(source, t, fallback);
  }

  const root = compileNode(rootSchema);
  return (data) => root(data, undefined, true);
}
