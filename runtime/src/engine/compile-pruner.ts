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
const isSchemaObject = (v: unknown): v is RJSFSchema => isObject(v);
const own = (o: Bag, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);

interface PropertyPlan {
  key: string;
  omit: Omit;
  required: boolean;
  /** The `required` of the property's own schema ($ref followed once), for the empty-object rule. */
  innerRequired: ReadonlySet<string>;
}

/**
 * rjsf 6.11's `omitExtraData(validator, schema, rootSchema, formData)` compiled once per form: every
 * decision that depends only on the schema ($ref lookup, allOf merge, schema type, required sets,
 * property lists, patterns) is taken here, so a check pays only for what depends on the data (which
 * `if` holds, which keys are present, which values are empty). Differential tests hold it equal to
 * rjsf's function. Two deliberate differences: data is read through own properties only (rjsf reads
 * `source[key]` and `key in source`, which see `constructor` or `toString` on every object), and a
 * schema with `oneOf`/`anyOf` throws UnsupportedSchemaError so the caller uses rjsf's function itself.
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

  function compileObject(schema: RJSFSchema): (source: Bag, target: Bag) => Bag {
    const requiredSet = new Set(schema.required ?? []);
    const properties: PropertyPlan[] = Object.entries(schema.properties ?? {}).map(([key, def]) => ({
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

    function set(
      target: Bag,
      key: string,
      omit: Omit,
      innerRequired: ReadonlySet<string>,
      value: unknown,
      required: boolean,
    ): void {
      const v = omit(value, own(target, key), true);
      if (!required && isObject(v)) {
        let drop = true;
        for (const k of Object.keys(v)) {
          if (innerRequired.has(k) || !isValueEmpty(v[k])) {
            drop = false;
            break;
          }
        }
        if (drop) return;
      }
      if (v !== undefined) target[key] = v;
    }

    return (source, target) => {
      for (const p of properties) set(target, p.key, p.omit, p.innerRequired, own(source, p.key), p.required);
      let rest: string[] | undefined;
      if (patterns !== undefined) {
        rest = [];
        for (const key of Object.keys(source)) {
          if (known.has(key)) continue;
          const match = patterns.find(({ re }) => re.test(key));
          if (match === undefined) rest.push(key);
          else set(target, key, match.plan, match.plan.innerRequired, source[key], false);
        }
      }
      if (extraPlan !== undefined) {
        const keys = rest ?? Object.keys(source).filter((key) => !known.has(key));
        for (const key of keys) set(target, key, extraPlan, extraPlan.innerRequired, source[key], false);
      }
      return target;
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

    return (source, initialTarget, fallback) => {
      if (source === undefined) return undefined;
      let target = initialTarget;
      for (const omit of remaining) target = omit(source, target, false);
      let filtered = target;
      if (type === 'object') {
        if (!isObject(source)) return undefined;
        filtered = object?.(source, isObject(filtered) ? filtered : {});
      } else if (type === 'array') {
        if (!Array.isArray(source)) return undefined;
        if (array !== undefined) filtered = array(source, Array.isArray(filtered) ? filtered : []);
      }
      let after = filtered;
      if (condition !== undefined) {
        const holds = isSchemaObject(condition)
          ? validator.isValid(condition, source, rootSchema)
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
      return result ?? (fallback ? source : undefined);
    };
  }

  function compileNode(schemaDef: SchemaDef): Omit {
    if (schemaDef === false) return () => undefined;
    if (schemaDef === true || !schemaDef || Object.keys(schemaDef).length === 0) {
      return (source, target, fallback) =>
        source === undefined ? undefined : (target ?? (fallback ? source : undefined));
    }
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
