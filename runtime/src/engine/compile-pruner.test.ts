import { omitExtraData, type RJSFSchema } from '@rjsf/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjvValidator } from './ajv-validator.ts';
import { compilePruner, UnsupportedSchemaError } from './compile-pruner.ts';
import { idCardRenewal } from './testing/id-card-renewal.ts';

// biome-ignore-start lint/suspicious/noThenProperty: `then` is a JSON Schema keyword here

const conditional: RJSFSchema = {
  type: 'object',
  properties: { reason: { type: 'string' }, name: { type: 'string' } },
  if: { properties: { reason: { const: 'lost' } }, required: ['reason'] },
  then: { properties: { lostDate: { type: 'string' } } },
  else: { properties: { oldCardNo: { type: 'string' } } },
};

const dependent: RJSFSchema = {
  type: 'object',
  properties: { byAgent: { type: 'boolean' } },
  dependencies: { byAgent: { properties: { agentName: { type: 'string' } } }, other: ['byAgent'] },
};

const nested: RJSFSchema = {
  type: 'object',
  definitions: {
    person: {
      type: 'object',
      required: ['name'],
      properties: { name: { type: 'string' }, kind: { type: 'string' } },
      if: { properties: { kind: { const: 'minor' } }, required: ['kind'] },
      then: { properties: { guardian: { type: 'string' } } },
    },
  },
  properties: {
    applicant: { $ref: '#/definitions/person' },
    members: { type: 'array', items: { $ref: '#/definitions/person' } },
    pair: {
      type: 'array',
      items: [{ type: 'string' }, { type: 'object', properties: { x: { type: 'number' } } }],
    },
    open: { type: 'object', additionalProperties: { type: 'object', properties: { v: { type: 'string' } } } },
    closed: {
      type: 'object',
      additionalProperties: false,
      properties: { a: { type: 'string' } },
      patternProperties: { '^x-': { type: 'string' } },
    },
  },
  allOf: [
    {
      if: { properties: { flag: { const: 1 } }, required: ['flag'] },
      then: { properties: { one: { type: 'string' } } },
    },
    {
      if: { properties: { flag: { const: 2 } }, required: ['flag'] },
      then: { properties: { two: { type: 'string' } } },
    },
  ],
};

// biome-ignore-end lint/suspicious/noThenProperty: end of schemas

/** Prunes with the compiled pruner and checks that rjsf's omitExtraData agrees. */
const validator = createAjvValidator();
const pruners = new Map<RJSFSchema, (data: unknown) => unknown>();

function prune(schema: RJSFSchema, data: Record<string, unknown>): unknown {
  let pruner = pruners.get(schema);
  if (pruner === undefined) {
    pruner = compilePruner(validator, schema);
    pruners.set(schema, pruner);
  }
  const compiled = pruner(structuredClone(data));
  expect(compiled).toEqual(omitExtraData(validator, schema, schema, structuredClone(data)));
  return compiled;
}

describe('the hidden-field policy (rjsf omitExtraData, compiled)', () => {
  it('keeps a field under `then` when the `if` holds and drops it when it does not', () => {
    expect(prune(conditional, { reason: 'lost', lostDate: '2026-05-01', oldCardNo: 'x' })).toEqual({
      reason: 'lost',
      lostDate: '2026-05-01',
    });
    expect(prune(conditional, { reason: 'expired', lostDate: '2026-05-01', oldCardNo: 'x' })).toEqual({
      reason: 'expired',
      oldCardNo: 'x',
    });
  });

  it('keeps a `dependencies` field only while its trigger field is present', () => {
    expect(prune(dependent, { byAgent: false, agentName: '王五' })).toEqual({
      byAgent: false,
      agentName: '王五',
    });
    expect(prune(dependent, { agentName: '王五' })).toEqual({});
  });

  it('drops keys the schema does not describe, recursively into objects, $refs and arrays of objects', () => {
    const data = {
      applicant: { name: '甲', kind: 'minor', guardian: '乙', junk: 1 },
      members: [
        { name: '丙', kind: 'adult', guardian: 'hidden', junk: 2 },
        { name: '丁', kind: 'minor', guardian: '戊' },
      ],
      stray: true,
    };
    expect(prune(nested, data)).toEqual({
      applicant: { name: '甲', kind: 'minor', guardian: '乙' },
      members: [
        { name: '丙', kind: 'adult' },
        { name: '丁', kind: 'minor', guardian: '戊' },
      ],
    });
  });

  it('applies every conditional of an allOf, tuples, additionalProperties and closed objects as rjsf does', () => {
    const data = {
      flag: 2,
      one: 'hidden',
      two: 'shown',
      pair: ['a', { x: 1, y: 2 }, 'beyond the tuple'],
      open: { anything: { v: 'kept', w: 'dropped' } },
      closed: { a: 'kept', 'x-extra': 'kept', other: 'dropped' },
    };
    expect(prune(nested, data)).toEqual({
      two: 'shown',
      pair: ['a', { x: 1 }],
      open: { anything: { v: 'kept' } },
      closed: { a: 'kept', 'x-extra': 'kept' },
    });
  });

  it('drops an optional object left empty, like rjsf, so its inner required fields are not demanded', () => {
    expect(prune(nested, { applicant: {} })).toEqual({});
  });

  it('writes declared properties in key order, the order the facts hash writes them', () => {
    const schema: RJSFSchema = {
      type: 'object',
      properties: {
        zeta: { type: 'string' },
        alpha: { type: 'object', properties: { y: { type: 'number' }, b: { type: 'number' } } },
        Beta: { type: 'boolean' },
      },
    };
    const pruned = prune(schema, { alpha: { y: 1, b: 2 }, zeta: 'z', Beta: true }) as Record<string, object>;
    expect(Object.keys(pruned)).toEqual(['Beta', 'alpha', 'zeta']);
    expect(Object.keys(pruned.alpha)).toEqual(['b', 'y']);
  });

  it('puts the fields a branch adds in key order among the others', () => {
    const data = { reason: 'lost', name: '张三', lostDate: '2026-05-01', oldCardNo: 'x' };
    expect(Object.keys(prune(conditional, data) as object)).toEqual(['lostDate', 'name', 'reason']);
  });

  it('reads and writes declared keys that are no plain names, as rjsf does (they are written into generated code)', () => {
    const odd = [
      'say "hi"\n',
      "it's",
      'back\\slash',
      '\u2028',
      '\u0024{x}',
      '*/',
      'constructor',
      'toString',
      '10',
      '数据',
    ];
    const schema: RJSFSchema = {
      type: 'object',
      required: [odd[0]],
      properties: Object.fromEntries(
        odd.map((key) => [key, { type: 'object', properties: { [key]: { type: 'string' } } }]),
      ),
    };
    const prune = compilePruner(createAjvValidator(), schema);
    const data = JSON.parse(
      JSON.stringify(Object.fromEntries(odd.map((key) => [key, { [key]: key, stray: 1 }]))),
    );
    data.stray = 2;
    const pruned = prune(data);
    // rjsf reads inherited members too (see compilePruner): it is compared where no key is one.
    const { constructor: _c, toString: _t, ...plain } = data;
    expect(prune(plain)).toEqual(omitExtraData(createAjvValidator(), schema, schema, plain));
    expect(pruned).toEqual(Object.fromEntries(odd.map((key) => [key, { [key]: key }])));
    // An empty optional section is dropped, an empty required one kept, whatever its name.
    expect(prune({ [odd[0]]: {}, [odd[1]]: {} })).toEqual({ [odd[0]]: {} });
    // Only own properties count: an object's inherited `constructor` is not data.
    expect(prune({})).toEqual({});
  });

  it('leaves oneOf/anyOf to rjsf itself', () => {
    const schema: RJSFSchema = { type: 'object', oneOf: [{ properties: { a: { type: 'string' } } }] };
    expect(() => compilePruner(validator, schema)).toThrow(UnsupportedSchemaError);
  });

  it('agrees with rjsf’s omitExtraData on random data, for every test schema', () => {
    const keys = [
      'reason',
      'name',
      'lostDate',
      'oldCardNo',
      'byAgent',
      'agentName',
      'applicant',
      'members',
      'kind',
      'guardian',
      'flag',
      'one',
      'two',
      'pair',
      'open',
      'closed',
      'a',
      'x-1',
      'v',
      'x',
      'idNumber',
      'agent',
      'stray',
    ];
    const { value } = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('lost', 'expired', 'minor', 'adult', '', 'x', null, true, false, 0, 1, 2),
        fc.array(tie('value'), { maxLength: 3 }),
        tie('object'),
      ),
      object: fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 5, noNullPrototype: true }),
    }));
    const schemas = [conditional, dependent, nested, idCardRenewal.form.schema as RJSFSchema];
    fc.assert(
      fc.property(
        fc.constantFrom(...schemas),
        fc.dictionary(fc.constantFrom(...keys), value, { noNullPrototype: true }),
        (schema, data) => {
          prune(schema, data as Record<string, unknown>);
        },
      ),
      { numRuns: 500, seed: 42 },
    );
  });
});
