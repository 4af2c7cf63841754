import type { FormJsonSchema } from '@onewindow/schemas';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileFactsWriter } from './compile-facts-writer.ts';
import { canonicalJson } from './hash.ts';
import { idCardRenewal } from './testing/id-card-renewal.ts';
import { type JsonValue, toJsonValue, wellFormed } from './to-json-value.ts';

/** A form schema with every way a key can get into an object: branches, parts, dependencies, refs. */
const schema = {
  type: 'object',
  definitions: {
    person: {
      type: 'object',
      properties: {
        name: { type: 'string' },
        idNumber: { type: 'string' },
        tags: { $ref: '#/definitions/tags' },
      },
    },
    tags: { type: 'array', items: { type: 'object', properties: { b: {}, a: {}, 数据: {} } } },
    tree: {
      type: 'object',
      properties: { value: {}, children: { type: 'array', items: { $ref: '#/definitions/tree' } } },
    },
  },
  properties: {
    applicant: { $ref: '#/definitions/person' },
    z: { type: 'object', properties: { y: {}, x: { type: 'object', properties: { w: {}, v: {} } } } },
    '10': { type: 'string' },
    '9': { type: 'number' },
    constructor: { type: 'string' },
    toString: { type: 'object', properties: { a: {} } },
    'say "hi"\n': { type: 'string' },
    é: {},
    tree: { $ref: '#/definitions/tree' },
    open: { type: 'object', patternProperties: { '^p': {} }, additionalProperties: true },
    pair: { type: 'array', items: [{ type: 'object', properties: { first: {} } }, { type: 'string' }] },
  },
  allOf: [
    {
      if: { properties: { z: { const: 1 } } },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
      then: { properties: { fromThen: {} } },
      else: { properties: { fromElse: { type: 'object', properties: { q: {} } } } },
    },
  ],
  anyOf: [{ properties: { fromAny: {} } }],
  dependencies: { z: { properties: { fromDependency: {} } }, x: ['y'] },
} as unknown as FormJsonSchema;

const KEYS = [
  'applicant',
  'name',
  'idNumber',
  'tags',
  'a',
  'b',
  '数据',
  'z',
  'y',
  'x',
  'w',
  'v',
  '10',
  '9',
  '0',
  'constructor',
  'toString',
  'hasOwnProperty',
  '__proto__',
  'say "hi"\n',
  'é',
  'tree',
  'value',
  'children',
  'open',
  'p1',
  'q',
  'pair',
  'first',
  'fromThen',
  'fromElse',
  'fromAny',
  'fromDependency',
  'unknown',
  '',
];

const text = fc.oneof(
  fc.constantFrom('张三', 'a"b', 'back\\slash', 'tab\t', '\u0000\u001f', '😀', 'é', '', '\u2028'),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const leaf = fc.oneof(
  text,
  fc.constantFrom(0, -0, 1e21, 0.1, -1.5e-7, 42, Number.MAX_SAFE_INTEGER, true, false, null),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
/** Form-like data whose keys are often the schema's, at any depth, and sometimes not. */
const { value: formData } = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 6 }),
  ),
}));

/** The same, with undefined where pruning leaves it: array items, and object members (which it never keeps). */
const { value: prunedData } = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.constant(undefined),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS.filter((k) => k !== '__proto__')), tie('value'), { maxKeys: 6 }),
  ),
}));

/** The writer's bytes, as text: a strict decoder also fails on any byte sequence that is not UTF-8. */
const decoder = new TextDecoder('utf-8', { fatal: true });
const asText =
  (write: ReturnType<typeof compileFactsWriter>) =>
  (...args: Parameters<typeof write>): string =>
    decoder.decode(write(...args));
const writeFacts = asText(compileFactsWriter(schema));
const clean = (value: unknown): JsonValue => toJsonValue(value) ?? null;

describe('compileFactsWriter', () => {
  it('writes canonicalJson({form, materials, today}) for any JSON-clean form data', () => {
    fc.assert(
      fc.property(formData, fc.array(text), text, (data, codes, today) => {
        const form = clean(data);
        const materials = [...new Set(codes.map((c) => wellFormed(c)))].sort();
        const expected = canonicalJson({ form, materials, today });
        expect(writeFacts(form, materials, today)).toBe(expected);
        expect(expected).toBe(canonicalize({ form, materials, today }));
      }),
      { numRuns: 3000, seed: 2026 },
    );
  });

  it('writes an undefined array item as null and leaves out an undefined member, as JSON does', () => {
    expect(writeFacts({ z: [1, undefined] } as never, [], 'd')).toBe(
      '{"form":{"z":[1,null]},"materials":[],"today":"d"}',
    );
    fc.assert(
      fc.property(
        prunedData.filter((data) => data !== undefined),
        (data) => {
          const form = data as JsonValue;
          expect(writeFacts(form, ['m'], 'd')).toBe(canonicalJson({ form, materials: ['m'], today: 'd' }));
        },
      ),
      { numRuns: 2000, seed: 2027 },
    );
  });

  it('writes the same for the fixture’s form schema, whatever the key order of the data', () => {
    const write = asText(compileFactsWriter(idCardRenewal.form.schema));
    const form = clean({
      reason: 'lost',
      address: { detail: '1号', city: '上海市', province: '上海', extra: [1, { b: 2, a: 1 }] },
      agent: { name: '王五', idNumber: 'x' },
      name: '张三',
      lostDate: '2026-05-01',
    });
    expect(write(form, ['a', 'b'], '2026-06-01')).toBe(
      canonicalJson({ form, materials: ['a', 'b'], today: '2026-06-01' }),
    );
  });

  it('writes text that needs escapes, pairs of surrogates and every width of UTF-8 as JSON does', () => {
    const form = clean({
      z: { y: 'a"b\\c\n\u0001', x: { w: '中文 é 😀 \u{10ffff}', v: '\u007f\u0080\u07ff\u0800\uffff' } },
    });
    expect(writeFacts(form, ['材料"1', 'm\u2028'], '2026-06-01')).toBe(
      canonicalJson({ form, materials: ['材料"1', 'm\u2028'], today: '2026-06-01' }),
    );
  });

  it('writes facts too large for its buffer as well (as text, then encoded)', () => {
    const long = '长'.repeat(30_000);
    const form = clean({ z: { y: long, x: { v: 'end' } }, applicant: { name: 'a' } });
    expect(writeFacts(form, ['m'], 'd')).toBe(canonicalJson({ form, materials: ['m'], today: 'd' }));
    // The buffer is whole again for the next write.
    expect(writeFacts({ z: 1 }, [], 'd')).toBe('{"form":{"z":1},"materials":[],"today":"d"}');
  });

  it('leaves what is not clean text or plain data to canonicalJson', () => {
    // canonicalJson refuses a lone surrogate, as it always has for a check's `today`.
    expect(() => writeFacts({ z: { y: 1 } }, [], 'bad \ud800')).toThrow(
      expect.objectContaining({ code: 'NOT_JSON' }),
    );
    const today = 1 as unknown as string;
    expect(writeFacts({ '10': 'x' }, ['m'], today)).toBe('{"form":{"10":"x"},"materials":["m"],"today":1}');
  });

  it('sees a toJSON or an enumerable key put on the prototypes, as canonicalJson does', () => {
    const proto = Object.prototype as { toJSON?: () => string; y?: number };
    const form = { z: { x: { v: 1 } }, applicant: { name: 'a' } };
    proto.toJSON = () => 'replaced';
    try {
      expect(writeFacts(form, [], '2026-06-01')).toBe('"replaced"');
    } finally {
      delete proto.toJSON;
    }
    // An inherited `y` must not be taken for the data's own.
    Object.defineProperty(proto, 'y', { value: 2, enumerable: true, configurable: true, writable: true });
    try {
      expect(writeFacts(form, [], '2026-06-01')).toBe(
        canonicalJson({ form, materials: [], today: '2026-06-01' }),
      );
      expect(writeFacts(form, [], '2026-06-01')).not.toContain('"y"');
    } finally {
      delete proto.y;
    }
  });

  it('takes own keys named like Object.prototype members, and only own ones', () => {
    const own = clean(JSON.parse('{"toString":{"a":1},"constructor":"c","hasOwnProperty":2}'));
    expect(writeFacts(own, [], 'd')).toBe(
      '{"form":{"constructor":"c","hasOwnProperty":2,"toString":{"a":1}},"materials":[],"today":"d"}',
    );
    expect(writeFacts({ z: 1 }, [], 'd')).toBe('{"form":{"z":1},"materials":[],"today":"d"}');
  });
});
