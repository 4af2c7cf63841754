import type { RJSFSchema, SchemaUtilsType } from '@rjsf/utils';
import { conditionReads } from './inert-fields.ts';

type Utils = SchemaUtilsType<Record<string, unknown>, RJSFSchema>;

// What makes `retrieveSchema` read the data at a schema's own level; below it, only `$ref`s are
// resolved, and those do not depend on the data.
const DATA_KEYWORDS = [
  '$ref',
  'if',
  'then',
  'else',
  'dependencies',
  'allOf',
  'anyOf',
  'oneOf',
  'patternProperties',
  'additionalProperties',
];
const BRANCH_KEYWORDS = new Set(['if', 'then', 'else']);
// Branches of one condition are few; more keys than this means data we cannot key well: start over.
const MAX_KEYS = 16;

/** How a schema's resolution depends on the data: not at all, on some properties, or in ways not analysed. */
type Dependence = { kind: 'none' } | { kind: 'reads'; names: string[] } | { kind: 'opaque' };

function ownDataKeywords(schema: object): string[] {
  return DATA_KEYWORDS.filter((k) => k in schema);
}

function dependenceOf(schema: RJSFSchema): Dependence {
  const own = ownDataKeywords(schema);
  if (own.length === 0) return { kind: 'none' };
  if (!own.every((k) => BRANCH_KEYWORDS.has(k))) return { kind: 'opaque' };
  // A branch with a condition of its own would read more than this `if` names.
  const branchesPlain = [schema.then, schema.else].every(
    (b) => b === undefined || typeof b === 'boolean' || ownDataKeywords(b).length === 0,
  );
  const names = branchesPlain ? conditionReads(schema.if) : null;
  return names === null ? { kind: 'opaque' } : { kind: 'reads', names };
}

/** What of the data a `reads` schema's resolution depends on, as a string. */
function keyOf(names: string[], formData: unknown): string {
  const data = formData !== null && typeof formData === 'object' ? (formData as Record<string, unknown>) : {};
  // ajv reads an undefined property as absent; null is a value.
  return JSON.stringify(names.map((n) => (data[n] === undefined ? [] : [data[n]])));
}

const wrappers = new WeakMap<Utils, Utils>();
const wrapped = new WeakSet<Utils>();

/**
 * rjsf's schema utils with `retrieveSchema` remembered where the data it depends on is known: the
 * root of a form (no condition at its own level) resolves to the same object on every keystroke, and
 * a section with an `if` to the same object while the fields its `if` reads keep their values. So the
 * fields under them see the same schema and skip rendering, and the walks (the root's over the whole
 * schema, the section's with an ajv validation) run once. Anything else is resolved as rjsf does.
 */
export function withRetrieveCache(utils: Utils): Utils {
  if (wrapped.has(utils)) return utils;
  const known = wrappers.get(utils);
  if (known) return known;
  const dependence = new WeakMap<object, Dependence>();
  const results = new WeakMap<object, Map<string, RJSFSchema>>();
  const cached: Utils = Object.create(utils);
  cached.retrieveSchema = (schema, formData, resolveAnyOfOrOneOfRefs) => {
    if (schema === null || typeof schema !== 'object') {
      return utils.retrieveSchema(schema, formData, resolveAnyOfOrOneOfRefs);
    }
    let how = dependence.get(schema);
    if (!how) {
      how = dependenceOf(schema);
      dependence.set(schema, how);
    }
    if (how.kind === 'opaque') return utils.retrieveSchema(schema, formData, resolveAnyOfOrOneOfRefs);
    const key = `${resolveAnyOfOrOneOfRefs ? 'options' : 'plain'}:${how.kind === 'reads' ? keyOf(how.names, formData) : ''}`;
    let byKey = results.get(schema);
    if (!byKey) {
      byKey = new Map();
      results.set(schema, byKey);
    }
    let result = byKey.get(key);
    if (!result) {
      result = utils.retrieveSchema(schema, formData, resolveAnyOfOrOneOfRefs);
      if (byKey.size >= MAX_KEYS) byKey.clear();
      byKey.set(key, result);
    }
    return result;
  };
  wrappers.set(utils, cached);
  wrapped.add(cached);
  return cached;
}
