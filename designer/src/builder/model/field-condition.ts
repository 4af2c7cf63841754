import { isObject, type JsonObject, own, stringsAt } from './json.ts';

/** How a condition compares the field it watches. */
export const CONDITION_OPS = [
  'equals',
  'notEquals',
  'oneOf',
  'notOneOf',
  'isTrue',
  'isFalse',
  'filled',
  'includes',
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];
export type ConditionValue = string | number | boolean;

/**
 * "when field `source` … ": the form of condition the builder writes without JSON. `source` is a
 * field of the same section (JSON Schema's `if` sees the fields beside it). `value` is for `equals`,
 * `notEquals` and `includes` (a checkbox group holds it), `values` for `oneOf` and `notOneOf`.
 */
export interface FieldCondition {
  source: string;
  op: ConditionOp;
  value?: ConditionValue;
  values?: ConditionValue[];
}

/** A condition as JSON Schema: the `if` and which branch (`then` holds, `else` does not). */
export interface ConditionSchema {
  ifSchema: JsonObject;
  side: 'then' | 'else';
}

function test(source: string, constraint: JsonObject): JsonObject {
  return { properties: { [source]: constraint }, required: [source] };
}

/**
 * The `if` of a condition, in the shape the example items use: the watched field must be present
 * (`required`), so an empty field never satisfies it. Negations use the `else` branch of the same
 * `if`, so "not equal" also holds while the watched field is empty.
 */
export function conditionSchema(condition: FieldCondition): ConditionSchema {
  const { source, op } = condition;
  switch (op) {
    case 'equals':
      return { ifSchema: test(source, { const: condition.value ?? '' }), side: 'then' };
    case 'notEquals':
      return { ifSchema: test(source, { const: condition.value ?? '' }), side: 'else' };
    case 'oneOf':
      return { ifSchema: test(source, { enum: condition.values ?? [] }), side: 'then' };
    case 'notOneOf':
      return { ifSchema: test(source, { enum: condition.values ?? [] }), side: 'else' };
    case 'isTrue':
      return { ifSchema: test(source, { const: true }), side: 'then' };
    case 'isFalse':
      return { ifSchema: test(source, { const: false }), side: 'then' };
    case 'filled':
      return { ifSchema: { required: [source] }, side: 'then' };
    case 'includes':
      // ajv's strict mode wants the array type beside `contains`.
      return {
        ifSchema: test(source, { type: 'array', contains: { const: condition.value ?? '' } }),
        side: 'then',
      };
  }
}

function isValue(v: unknown): v is ConditionValue {
  return typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

/**
 * Reads an `if` (and the branch a field sits in) back as a {@link FieldCondition}; `null` for any
 * other `if` (several fields, ranges, patterns…): the builder then shows it as "custom, edit in JSON".
 */
export function readCondition(ifSchema: unknown, side: 'then' | 'else'): FieldCondition | null {
  if (!isObject(ifSchema)) return null;
  const required = stringsAt(ifSchema, 'required');
  const properties = own(ifSchema, 'properties');
  const extraKeys = Object.keys(ifSchema).filter((k) => k !== 'required' && k !== 'properties');
  if (extraKeys.length > 0 || required.length !== 1) return null;
  const [source] = required;
  if (properties === undefined) return side === 'then' ? { source, op: 'filled' } : null;
  if (!isObject(properties)) return null;
  const keys = Object.keys(properties);
  if (keys.length !== 1 || keys[0] !== source) return null;
  const constraint = properties[source];
  if (!isObject(constraint)) return null;
  const negated = side === 'else';
  const contains = own(constraint, 'contains');
  if (Object.keys(constraint).length === 2 && constraint.type === 'array' && isObject(contains)) {
    const single = Object.keys(contains).length === 1 && isValue(contains.const);
    return !negated && single ? { source, op: 'includes', value: contains.const as ConditionValue } : null;
  }
  if (Object.keys(constraint).length !== 1) return null;
  if (Object.hasOwn(constraint, 'const') && isValue(constraint.const)) {
    const value = constraint.const;
    if (value === true && !negated) return { source, op: 'isTrue' };
    if (value === false && !negated) return { source, op: 'isFalse' };
    return { source, op: negated ? 'notEquals' : 'equals', value };
  }
  const list = own(constraint, 'enum');
  if (Array.isArray(list) && list.every(isValue)) {
    return { source, op: negated ? 'notOneOf' : 'oneOf', values: list };
  }
  return null;
}

/** The fields an `if` schema mentions (in `properties` or `required`, at its top level or in `not`/`allOf`…). */
export function fieldsMentioned(ifSchema: unknown): Set<string> {
  const found = new Set<string>();
  const visit = (node: unknown, depth: number) => {
    if (!isObject(node) || depth > 8) return;
    for (const key of stringsAt(node, 'required')) found.add(key);
    const properties = own(node, 'properties');
    if (isObject(properties)) for (const key of Object.keys(properties)) found.add(key);
    for (const list of ['allOf', 'anyOf', 'oneOf'] as const) {
      const entries = own(node, list);
      if (Array.isArray(entries)) for (const e of entries) visit(e, depth + 1);
    }
    visit(own(node, 'not'), depth + 1);
  };
  visit(ifSchema, 0);
  return found;
}
