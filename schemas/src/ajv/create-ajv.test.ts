import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjv, EXTENSION_KEYWORDS, extendAjv } from './create-ajv.ts';

const everyFormat = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  properties: {
    idNumber: { type: 'string', format: 'cn-id-card' },
    creditCode: { type: 'string', format: 'cn-uscc' },
    mobile: { type: 'string', format: 'cn-mobile' },
    postcode: { type: 'string', format: 'cn-postcode' },
    birthDate: { type: 'string', format: 'date' },
    submittedAt: { type: 'string', format: 'date-time' },
    email: { type: 'string', format: 'email' },
    website: { type: 'string', format: 'uri' },
  },
};

const goodApplication = {
  idNumber: '11010519491231002X',
  creditCode: '91440300708461136T',
  mobile: '13800138000',
  postcode: '518057',
  birthDate: '1949-12-31',
  submittedAt: '2026-06-15T09:30:00+08:00',
  email: 'zhang.san@example.cn',
  website: 'https://www.gov.cn/',
};

const badApplication = {
  idNumber: '110105194912310020',
  creditCode: '91440300708461136A',
  mobile: '12800138000',
  postcode: '51805',
  birthDate: '2026-02-30',
  submittedAt: 'yesterday',
  email: 'zhang.san',
  website: 'not a uri',
};

describe('createAjv', () => {
  it('accepts an application where every format is right', () => {
    const validate = createAjv().compile(everyFormat);
    expect(validate(goodApplication)).toBe(true);
  });

  it('reports every wrong format at once, each at its field', () => {
    const validate = createAjv().compile(everyFormat);
    expect(validate(badApplication)).toBe(false);
    expect(validate.errors?.map((e) => [e.instancePath, e.params.format]).sort()).toEqual([
      ['/birthDate', 'date'],
      ['/creditCode', 'cn-uscc'],
      ['/email', 'email'],
      ['/idNumber', 'cn-id-card'],
      ['/mobile', 'cn-mobile'],
      ['/postcode', 'cn-postcode'],
      ['/submittedAt', 'date-time'],
      ['/website', 'uri'],
    ]);
  });

  it('stops at the first error when allErrors is off', () => {
    const validate = createAjv({ allErrors: false }).compile(everyFormat);
    validate(badApplication);
    expect(validate.errors).toHaveLength(1);
  });

  it('lets a definition carry the extension keywords in strict mode', () => {
    const annotated = {
      type: 'object',
      properties: {
        idNumber: {
          type: 'string',
          format: 'cn-id-card',
          'x-sharedKey': 'applicant.idNumber',
          'x-role': 'applicant',
        },
        area: { type: 'number', 'x-unit': 'm²', tsType: 'SquareMetres', 'x-source': 'government' },
        kind: {
          type: 'string',
          enum: ['a', 'b'],
          enumNames: ['甲', '乙'],
          'x-enumNames': { en: ['A', 'B'] },
        },
      },
    };
    expect(EXTENSION_KEYWORDS).toHaveLength(7);
    expect(createAjv().compile(annotated)({ idNumber: '11010519491231002X', area: 12.5, kind: 'a' })).toBe(
      true,
    );
  });

  it('refuses an unknown keyword or format in strict mode, and lets them pass when strict is off', () => {
    const typo = { type: 'string', maxLenght: 5 };
    const unknownFormat = { type: 'string', format: 'cn-passport' };
    expect(() => createAjv().compile(typo)).toThrow(/unknown keyword/);
    expect(() => createAjv().compile(unknownFormat)).toThrow(/unknown format/);
    expect(() => createAjv({ strict: false }).compile(typo)).not.toThrow();
  });

  it('compiles the usual form shapes in strict mode: optional fields, conditional required, rjsf dependencies', () => {
    const form = {
      type: 'object',
      properties: {
        kind: { type: 'string', enum: ['person', 'company'] },
        note: { type: ['string', 'null'] },
        creditCode: { type: 'string', format: 'cn-uscc' },
      },
      required: ['kind'],
      if: { properties: { kind: { const: 'company' } }, required: ['kind'] },
      // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword, not a promise
      then: { required: ['creditCode'] },
      dependencies: {
        kind: {
          oneOf: [
            {
              properties: { kind: { enum: ['person'] }, idNumber: { type: 'string', format: 'cn-id-card' } },
            },
            { properties: { kind: { enum: ['company'] } } },
          ],
        },
      },
    };
    const validate = createAjv().compile(form);
    expect(validate({ kind: 'person', note: null, idNumber: '11010519491231002X' })).toBe(true);
    expect(validate({ kind: 'company' })).toBe(false);
  });

  it('treats 19.99 as a multiple of 0.01, as rjsf does in the browser', () => {
    expect(createAjv().compile({ type: 'number', multipleOf: 0.01 })(19.99)).toBe(true);
  });

  it('requires each keyword to name the type it applies to, so a format cannot sit on a number', () => {
    expect(() => createAjv().compile({ format: 'cn-mobile' })).toThrow(/strictTypes/);
  });
});

describe('extendAjv', () => {
  it('adds our formats to an ajv someone else built, such as rjsf, and can run twice', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    extendAjv(extendAjv(ajv));
    const validate = ajv.compile({ type: 'string', format: 'cn-mobile' });
    expect(validate('13800138000')).toBe(true);
    expect(validate('1380013800')).toBe(false);
  });
});

describe('the date format', () => {
  const validate = createAjv().compile({ type: 'string', format: 'date' });
  const byAjvFormats = addFormats(new Ajv()).formats.date as { validate: (s: string) => boolean };
  const pad = (n: number, width: number): string => String(n).padStart(width, '0');
  const dateLike = fc
    .tuple(
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);

  it('gives ajv-formats’ verdict for any date-like or other string', () => {
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (s) => {
        expect(validate(s)).toBe(byAjvFormats.validate(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('still compares dates for formatMaximum', () => {
    const notAfter = createAjv().compile({ type: 'string', format: 'date', formatMaximum: '2026-03-16' });
    expect(notAfter('2026-03-16')).toBe(true);
    expect(notAfter('2026-03-17')).toBe(false);
  });
});
