import type { ErrorObject } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAjv } from './create-ajv.ts';
import { errorMessage } from './error-message.ts';
import { compareErrors, comparePointers, errorPath } from './error-path.ts';
import { toFormErrors } from './to-form-errors.ts';

function formErrorsOf(schema: object, data: unknown) {
  const validate = createAjv().compile(schema);
  validate(data);
  return toFormErrors(validate.errors ?? []);
}

const onlyOne = (schema: object, data: unknown) => {
  const errors = formErrorsOf(schema, data);
  expect(errors).toHaveLength(1);
  return errors[0];
};

describe('toFormErrors paths', () => {
  it('points a missing required field at the field itself', () => {
    const schema = {
      type: 'object',
      properties: {
        applicant: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      },
      required: ['applicant'],
    };
    expect(onlyOne(schema, {})).toMatchObject({ path: '/applicant', keyword: 'required' });
    expect(onlyOne(schema, { applicant: {} })).toMatchObject({
      path: '/applicant/name',
      keyword: 'required',
    });
  });

  it('escapes / and ~ in a missing property name as JSON pointer requires', () => {
    const schema = { type: 'object', properties: { 'a/b': {}, 'c~d': {} }, required: ['a/b', 'c~d'] };
    expect(formErrorsOf(schema, {}).map((e) => e.path)).toEqual(['/a~1b', '/c~0d']);
  });

  it('points a missing dependency at the field that is missing', () => {
    const schema = {
      type: 'object',
      properties: { hasAgent: { type: 'boolean' }, agentName: { type: 'string' } },
      dependencies: { hasAgent: ['agentName'] },
    };
    expect(onlyOne(schema, { hasAgent: true })).toMatchObject({
      path: '/agentName',
      keyword: 'dependencies',
      message: { 'zh-CN': '此项为必填项', en: 'This field is required' },
      params: { property: 'hasAgent', missingProperty: 'agentName' },
    });
  });

  it('points every other error at the value that failed', () => {
    const schema = {
      type: 'object',
      properties: { phones: { type: 'array', items: { type: 'string', format: 'cn-mobile' } } },
    };
    expect(onlyOne(schema, { phones: ['13800138000', '123'] })).toMatchObject({
      path: '/phones/1',
      keyword: 'format',
    });
  });
});

describe('toFormErrors messages', () => {
  const formats = {
    'cn-id-card': [
      '110105194912310020',
      '请输入正确的 18 位居民身份证号码',
      'Enter a valid 18-character resident ID number',
    ],
    'cn-uscc': [
      '91440300708461136A',
      '请输入正确的 18 位统一社会信用代码',
      'Enter a valid 18-character unified social credit code',
    ],
    'cn-mobile': ['12800138000', '请输入 11 位手机号码', 'Enter an 11-digit mobile number'],
    'cn-postcode': ['51805', '请输入 6 位邮政编码', 'Enter a 6-digit postcode'],
  };

  it.each(Object.entries(formats))('gives %s its own message in zh-CN and en', (format, [value, zh, en]) => {
    expect(onlyOne({ type: 'string', format }, value)).toEqual({
      path: '',
      keyword: 'format',
      message: { 'zh-CN': zh, en },
      params: { format },
    });
  });

  it('speaks like a person for the keywords people meet most', () => {
    const cases: [object, unknown, string, string][] = [
      [
        { type: 'object', required: ['name'], properties: { name: {} } },
        {},
        '此项为必填项',
        'This field is required',
      ],
      [{ type: 'string', minLength: 2 }, 'a', '不能少于 2 个字符', 'Must be at least 2 characters'],
      [{ type: 'string', minLength: 1 }, '', '不能为空', 'Must not be empty'],
      [{ type: 'string', maxLength: 5 }, '长长长长长长', '不能多于 5 个字符', 'Must be at most 5 characters'],
      [{ type: 'number', minimum: 0 }, -1, '不能小于 0', 'Must be at least 0'],
      [{ type: 'number', maximum: 100 }, 101, '不能大于 100', 'Must be at most 100'],
      [{ type: 'number', exclusiveMinimum: 0 }, 0, '必须大于 0', 'Must be greater than 0'],
      [{ type: 'string', pattern: '^[A-Z]+$' }, 'abc', '格式不正确', 'Enter a value in the expected format'],
      [{ type: 'string', enum: ['a', 'b'] }, 'c', '请从列表中选择', 'Choose an option from the list'],
      [{ type: 'integer' }, 1.5, '请输入整数', 'Enter a whole number'],
      [{ type: ['number', 'null'] }, 'x', '请输入数字', 'Enter a number'],
      [
        { type: 'string', format: 'date' },
        '2026-02-30',
        '请输入正确的日期，如 2026-01-31',
        'Enter a valid date, e.g. 2026-01-31',
      ],
      [{ type: 'string', format: 'email' }, 'x', '请输入正确的电子邮箱地址', 'Enter a valid email address'],
      [{ type: 'string', format: 'uuid' }, 'x', '格式不正确', 'Enter a value in the expected format'],
      [{ type: 'array', minItems: 1 }, [], '至少需要 1 项', 'Add at least 1 item'],
      [{ type: 'array', maxItems: 2 }, [1, 2, 3], '最多只能有 2 项', 'Must have at most 2 items'],
      [{ type: 'string', maxLength: 1 }, 'ab', '不能多于 1 个字符', 'Must be at most 1 character'],
    ];
    for (const [schema, data, zh, en] of cases) {
      expect(onlyOne(schema, data).message).toEqual({ 'zh-CN': zh, en });
    }
  });

  it('never shows ajv wording such as 应当匹配格式 or a format name', () => {
    const schema = {
      type: 'object',
      properties: Object.fromEntries(Object.keys(formats).map((f) => [f, { type: 'string', format: f }])),
    };
    const data = Object.fromEntries(Object.entries(formats).map(([f, [value]]) => [f, value]));
    const errors = formErrorsOf(schema, data);
    expect(errors).toHaveLength(4);
    for (const { message } of errors) {
      expect(message['zh-CN']).not.toMatch(/应当|cn-/);
      expect(message.en).not.toMatch(/must match|cn-/);
    }
  });

  it('falls back to ajv-i18n wording, capitalised, for rare keywords', () => {
    expect(onlyOne({ type: 'object', minProperties: 2 }, {}).message).toEqual({
      'zh-CN': '不应有少于 2 个属性',
      en: 'Must NOT have less than 2 properties',
    });
  });
});

describe('toFormErrors order and noise', () => {
  const schema = {
    type: 'object',
    properties: {
      name: { type: 'string', minLength: 2, pattern: '^[^0-9]+$' },
      items: { type: 'array', items: { type: 'string', format: 'cn-postcode' } },
      mobile: { type: 'string', format: 'cn-mobile' },
    },
    required: ['name', 'mobile', 'idNumber'],
  };
  const data = {
    name: '1',
    items: Array.from({ length: 11 }, (_, i) => (i === 2 || i === 10 ? 'x' : '100000')),
  };

  it('sorts by path, array indexes by number, then by keyword', () => {
    expect(formErrorsOf(schema, data).map((e) => `${e.path} ${e.keyword}`)).toEqual([
      '/idNumber required',
      '/items/2 format',
      '/items/10 format',
      '/mobile required',
      '/name minLength',
      '/name pattern',
    ]);
  });

  it('gives the same list whatever order ajv reported in', () => {
    const validate = createAjv().compile(schema);
    validate(data);
    const errors: ErrorObject[] = validate.errors ?? [];
    expect(toFormErrors([...errors].reverse())).toEqual(toFormErrors(errors));
  });

  it('drops the summary of a failed if and keeps what to fix', () => {
    const conditional = {
      type: 'object',
      properties: { kind: { type: 'string' }, creditCode: { type: 'string' } },
      if: { properties: { kind: { const: 'company' } }, required: ['kind'] },
      // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword, not a promise
      then: { required: ['creditCode'] },
    };
    expect(formErrorsOf(conditional, { kind: 'company' })).toEqual([
      {
        path: '/creditCode',
        keyword: 'required',
        message: { 'zh-CN': '此项为必填项', en: 'This field is required' },
        params: { missingProperty: 'creditCode' },
      },
    ]);
  });

  it('lists an error once when two branches report the same thing, the parent before its fields', () => {
    const twice = {
      anyOf: [
        { type: 'object', required: ['a'] },
        { type: 'object', required: ['a'] },
      ],
    };
    expect(formErrorsOf(twice, {}).map((e) => `${e.path} ${e.keyword}`)).toEqual([' anyOf', '/a required']);
  });
});

/**
 * The definitions the one-pass code must agree with: split pointers and compare segments (numbers by
 * value, then text, so that `0` and `00` differ), sort with the comparator, dedupe by JSON text.
 */
function comparePointersBySplit(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    if (as[i] === bs[i]) continue;
    const bothIndexes = /^\d+$/.test(as[i]) && /^\d+$/.test(bs[i]);
    if (bothIndexes && Number(as[i]) !== Number(bs[i])) return Number(as[i]) - Number(bs[i]);
    return as[i] < bs[i] ? -1 : 1;
  }
  return as.length - bs.length;
}

function toFormErrorsByDefinition(errors: readonly ErrorObject[]) {
  const seen = new Set<string>();
  return [...errors]
    .sort(compareErrors)
    .filter((e) => e.keyword !== 'if')
    .map((e) => ({
      path: errorPath(e),
      keyword: e.keyword,
      message: errorMessage(e),
      params: { ...e.params },
    }))
    .filter((e) => {
      const key = JSON.stringify([e.path, e.keyword, e.message]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

const segmentArb = fc.constantFrom('', '0', '00', '01', '1', '2', '10', '9', 'a', 'b', 'a~1b', 'ab');
const pointerArb = fc.array(segmentArb, { maxLength: 4 }).map((s) => s.map((x) => `/${x}`).join(''));

describe('toFormErrors and comparePointers, in one pass', () => {
  it('orders pointers as splitting them into segments does, and as a total order', () => {
    fc.assert(
      fc.property(pointerArb, pointerArb, (a, b) => {
        expect(Math.sign(comparePointers(a, b))).toBe(Math.sign(comparePointersBySplit(a, b)));
        expect(Math.sign(comparePointers(a, b))).toBe(a === b ? 0 : -Math.sign(comparePointers(b, a)));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the list that sorting with compareErrors and dropping repeated JSON texts gives', () => {
    const errorArb = fc
      .record({
        instancePath: pointerArb,
        keyword: fc.constantFrom('required', 'format', 'minLength', 'if', 'pattern', 'dependencies'),
        schemaPath: fc.constantFrom('#/a', '#/b', '#/then/required'),
        missing: fc.constantFrom('x', 'y', 'a/b'),
        format: fc.constantFrom('cn-mobile', 'date', 'email'),
      })
      .map(
        ({ missing, format, ...e }): ErrorObject => ({
          ...e,
          params:
            e.keyword === 'required' || e.keyword === 'dependencies'
              ? { missingProperty: missing }
              : e.keyword === 'format'
                ? { format }
                : { limit: 2 },
        }),
      );
    fc.assert(
      fc.property(fc.array(errorArb, { maxLength: 12 }), (errors) => {
        expect(toFormErrors(errors)).toEqual(toFormErrorsByDefinition(errors));
      }),
      { numRuns: 1000 },
    );
  });
});
