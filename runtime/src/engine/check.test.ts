import type { CheckResult, Material } from '@onewindow/schemas';
import { createAjv, schemaFiles, schemaId, schemas } from '@onewindow/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from './check.ts';
import { checkWithReference } from './check-with-reference.ts';
import { compile } from './compile.ts';
import { canonicalJson, hashJson, sha256Hex } from './hash.ts';
import { ADULT_ID, CHILD_ID, idCardRenewal } from './testing/id-card-renewal.ts';
import { minimalItem, ruleWhen } from './testing/minimal-item.ts';
import type { JudgedFacts } from './types.ts';

const ajv = createAjv();
for (const file of schemaFiles) ajv.addSchema(schemas[file]);
const validateResult = ajv.getSchema(schemaId('check-result.schema.json'));

function expectValidResult(result: CheckResult): void {
  const valid = validateResult?.(JSON.parse(JSON.stringify(result)));
  expect(validateResult?.errors ?? [], 'result matches check-result.schema.json').toEqual([]);
  expect(valid).toBe(true);
}

const idCard = compile(idCardRenewal);
const today = '2026-06-01';
const adult = {
  name: '张三',
  idNumber: ADULT_ID,
  phone: '13800138000',
  reason: 'expired',
  expiryDate: '2026-05-01',
};

describe('check', () => {
  it('returns results that match check-result.schema.json, for every embedded test', () => {
    for (const test of idCardRenewal.tests ?? [])
      expectValidResult(check(idCard, test.input, { today: test.today }));
  });

  it('accepts a complete case, asks for supplements when something is missing, rejects when a reject rule fires', () => {
    expect(check(idCard, { formData: adult, materials: ['oldIdCard'] }, { today }).outcome).toBe('accept');
    expect(check(idCard, { formData: adult, materials: [] }, { today }).outcome).toBe('incomplete');
    expect(
      check(idCard, { formData: { ...adult, phone: 'x' }, materials: ['oldIdCard'] }, { today }).outcome,
    ).toBe('incomplete');
    const rejected = check(
      idCard,
      { formData: { ...adult, expiryDate: '2026-07-01' }, materials: [] },
      { today },
    );
    expect(rejected.outcome).toBe('reject');
    expect(rejected.rejections).toEqual([
      {
        rule: 'rejectNotExpired',
        message: { 'zh-CN': '证件尚未到期', en: 'The card has not expired' },
        basis: '《居民身份证法》第十一条',
      },
    ]);
  });

  it('reports form errors with JSON pointers and zh-CN/en messages, all at once', () => {
    const result = check(idCard, { formData: { reason: 'lost', phone: '123' } }, { today });
    expect(result.formErrors.map((e) => [e.path, e.keyword])).toEqual([
      ['/idNumber', 'required'],
      ['/lostDate', 'required'],
      ['/name', 'required'],
      ['/phone', 'format'],
    ]);
    expect(result.formErrors[0].message).toEqual({ 'zh-CN': expect.any(String), en: expect.any(String) });
  });

  it('drops data of hidden fields before validation and rules', () => {
    const result = check(
      idCard,
      { formData: { ...adult, lostDate: 'not a date', agent: { name: 1 } }, materials: ['oldIdCard'] },
      { today },
    );
    expect(result.formErrors).toEqual([]);
    expect(result.outcome).toBe('accept');
  });

  it('derives the applicant from the first cn-id-card field, with the age on the check date', () => {
    expect(check(idCard, { formData: adult }, { today }).applicant).toEqual({
      birthDate: '1990-03-15',
      age: 36,
      gender: 'male',
      regionCode: '310115',
    });
    expect(check(idCard, { formData: { ...adult, idNumber: CHILD_ID } }, { today }).applicant).toMatchObject({
      age: 12,
      gender: 'female',
    });
    expect(
      check(idCard, { formData: { ...adult, idNumber: '110101199001011234' } }, { today }).applicant,
    ).toBeNull();
    expect(check(idCard, { formData: { name: '张三' } }, { today }).applicant).toBeNull();
  });

  it('reads the applicant from applicantIdField when the definition names it, only while that field is shown', () => {
    const item = compile(
      minimalItem({
        applicantIdField: '/agent/idNumber',
        form: {
          schema: {
            type: 'object',
            properties: {
              own: { type: 'string', format: 'cn-id-card' },
              agent: { type: 'object', properties: { idNumber: { type: 'string', format: 'cn-id-card' } } },
            },
          },
        },
      }),
    );
    expect(
      check(item, { formData: { own: ADULT_ID, agent: { idNumber: CHILD_ID } } }, { today }).applicant
        ?.birthDate,
    ).toBe('2014-02-20');
    expect(
      check(item, { formData: { own: ADULT_ID, agent: { idNumberX: CHILD_ID } } }, { today }).applicant,
    ).toBeNull();
  });

  it('flags an ID number whose birth date is after the check date, and has no applicant then', () => {
    const result = check(
      idCard,
      { formData: { ...adult, reason: 'damaged', idNumber: CHILD_ID } },
      { today: '2013-01-01' },
    );
    expect(result.applicant).toBeNull();
    expect(result.formErrors).toContainEqual(
      expect.objectContaining({ path: '/idNumber', keyword: 'format' }),
    );
    expect(result.outcome).toBe('incomplete');
  });

  it('lists every rule, priority first, with a trace that evaluated every leaf', () => {
    const result = check(idCard, { formData: { ...adult, reason: 'lost' } }, { today });
    expect(result.rules.map((r) => r.priority)).toEqual([90, 50, 10, 1, 1, 1, 1, 1, 1, 1]);
    const reject = result.rules[0];
    expect(reject).toMatchObject({ id: 'rejectNotExpired', type: 'reject', fired: false });
    expect(reject.trace).toEqual({
      kind: 'all',
      result: false,
      children: [
        {
          kind: 'leaf',
          result: false,
          fact: 'form',
          path: 'reason',
          operator: 'equal',
          expected: 'expired',
          actual: 'lost',
          missing: false,
        },
        // Evaluated although the first leaf already decided: the trace explains everything.
        {
          kind: 'leaf',
          result: false,
          fact: 'form',
          path: '/expiryDate',
          operator: 'dateAfter',
          expected: today,
          actual: '2026-05-01',
          missing: false,
        },
      ],
    });
  });

  it('marks a leaf whose fact or path has no value as missing', () => {
    const result = check(idCard, { formData: { name: '张三', reason: 'expired' } }, { today });
    const expiry = result.rules.find((r) => r.id === 'rejectNotExpired')?.trace.children?.[1];
    expect(expiry).toMatchObject({ fact: 'form', path: '/expiryDate', missing: true, result: false });
    expect(expiry).not.toHaveProperty('actual');
    // A path into a null fact gives the null itself, as json-rules-engine does: a value, not missing.
    const minor = result.rules.find((r) => r.id === 'minorNeedsGuardian')?.trace.children?.[0];
    expect(minor).toMatchObject({
      fact: 'applicant',
      path: 'age',
      actual: null,
      missing: false,
      result: false,
    });
  });

  it('reads paths whose names are no plain identifiers, and only own properties along them', () => {
    const names = ['say "hi"\n', "it's", 'back\\slash', '\u2028', '\u0024{x}', '*/'];
    const item = minimalItem({
      form: {
        schema: {
          type: 'object',
          properties: Object.fromEntries(
            names.map((name) => [name, { type: 'object', properties: { [name]: { type: 'string' } } }]),
          ),
        },
      },
      rules: names.map((name, i) => {
        const segment = name.replaceAll('~', '~0').replaceAll('/', '~1');
        return ruleWhen(`r${i}`, `/${segment}/${segment}`, name, 'warn');
      }),
    });
    const compiled = compile(item);
    const formData = Object.fromEntries(names.map((name) => [name, { [name]: name }]));
    const result = check(compiled, { formData, materials: [] }, { today });
    expect(result.rules.map((r) => [r.id, r.fired])).toEqual(names.map((_, i) => [`r${i}`, true]));
    const missing = check(compiled, { formData: { [names[0]]: 'not an object' }, materials: [] }, { today });
    expect(missing.rules[0].trace).toMatchObject({
      kind: 'all',
      children: [{ missing: true, result: false }],
    });
  });

  it('is deterministic: the same case gives the same result byte for byte, whatever the order of materials', () => {
    const a = check(idCard, { formData: adult, materials: ['photoReceipt', 'oldIdCard'] }, { today });
    const b = check(
      idCard,
      { formData: { ...adult }, materials: ['oldIdCard', 'photoReceipt', 'oldIdCard'] },
      { today },
    );
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.factsHash).toBe(hashJson({ form: adult, materials: ['oldIdCard', 'photoReceipt'], today }));
    expect(a).toMatchObject({ engine: 'onewindow-compiled@1', today, definition: idCard.ref });
  });

  it('reports the facts it judged to onFacts: the pruned form, the materials, and the bytes it hashed', async () => {
    const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const cases = [
      ...(idCardRenewal.tests ?? []).map((t) => ({ input: t.input, today: t.today })),
      // Hidden-field data and duplicate, unsorted materials: the facts are what the engine kept.
      {
        input: {
          formData: { ...adult, lostPlace: '不该出现', 备注: '“引号”\n换行' },
          materials: ['z', 'oldIdCard', 'z'],
        },
        today,
      },
    ];
    for (const { input, today: day } of cases) {
      for (const run of [
        async (onFacts?: (f: JudgedFacts) => void) => check(idCard, input, { today: day, onFacts }),
        (onFacts?: (f: JudgedFacts) => void) => checkWithReference(idCard, input, { today: day, onFacts }),
      ]) {
        const seen: { form: unknown; materials: string[]; text: string; hash: string }[] = [];
        const result = await run((f) =>
          seen.push({
            form: f.form,
            materials: [...f.materials],
            text: decode(f.canonical),
            hash: sha256Hex(f.canonical),
          }),
        );
        expect(seen).toHaveLength(1);
        const [facts] = seen;
        expect(facts.hash).toBe(result.factsHash);
        expect(facts.text).toBe(canonicalJson({ form: facts.form, materials: facts.materials, today: day }));
        expect(facts.form).toEqual(idCard.form.prune(JSON.parse(JSON.stringify(input.formData))));
        expect(facts.materials).toEqual([...new Set(input.materials)].sort());
        // The hook changes nothing in the result.
        expect(JSON.stringify(result)).toBe(JSON.stringify(await run()));
      }
    }
  });
});

describe('check never throws for a bad case', () => {
  const cyclic: Record<string, unknown> = { name: 'x' };
  cyclic.self = cyclic;
  const cases: [string, unknown][] = [
    ['no input', undefined],
    ['a number', 42],
    ['null form data', { formData: null }],
    ['an array as form data', { formData: [1, 2] }],
    ['a string as form data', { formData: 'abc' }],
    [
      'wrong types everywhere',
      { formData: { name: 5, idNumber: { a: 1 }, reason: ['lost'], phone: true }, materials: 'oldIdCard' },
    ],
    ['materials with non-strings', { formData: adult, materials: [1, null, 'oldIdCard', { a: 1 }] }],
    [
      '__proto__ keys',
      JSON.parse('{"formData":{"__proto__":{"polluted":1},"name":"x","constructor":{"a":1}}}'),
    ],
    ['a cycle and NaN', { formData: { ...cyclic, n: Number.NaN } }],
    ['a hostile object for comparisons', { formData: { ...adult, reason: { toString: 1, valueOf: 1 } } }],
  ];

  it.each(cases)('%s gives a valid result', (_, input) => {
    const result = check(idCard, input as never, { today });
    expectValidResult(result);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('for any value at all', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (formData, materials) => {
        expectValidResult(check(idCard, { formData, materials } as never, { today }));
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe('the material table', () => {
  const materials: Material[] = [
    { code: 'base', name: { 'zh-CN': '基础' }, kind: 'copy', necessity: 'required', source: 'applicant' },
    { code: 'cond', name: { 'zh-CN': '情形' }, kind: 'copy', necessity: 'conditional', source: 'applicant' },
    { code: 'later', name: { 'zh-CN': '容缺' }, kind: 'copy', necessity: 'deferrable', source: 'applicant' },
    { code: 'opt', name: { 'zh-CN': '可选' }, kind: 'copy', necessity: 'optional', source: 'applicant' },
  ];
  const item = compile(
    minimalItem({
      materials,
      rules: [
        ruleWhen('needCond', 'needCond', true, 'require-material', { material: 'cond' }),
        ruleWhen('needOpt', 'needOpt', true, 'require-material', { material: 'opt' }),
        ruleWhen('waiveBase', 'shared', true, 'waive-material', { material: 'base' }),
        ruleWhen('waiveCond', 'waiveCond', true, 'waive-material', { material: 'cond' }),
      ],
    }),
  );
  const statusOf = (formData: Record<string, unknown>, provided: string[] = []) =>
    Object.fromEntries(
      check(item, { formData, materials: provided }, { today }).materials.map((m) => [m.code, m]),
    );

  it('requires a conditional material only when a require-material rule for it fires, and says which', () => {
    expect(statusOf({}).cond).toMatchObject({
      required: false,
      missing: false,
      why: [{ kind: 'necessity' }],
    });
    expect(statusOf({ needCond: true }).cond).toMatchObject({
      required: true,
      missing: true,
      why: [{ kind: 'require-material', rule: 'needCond', message: { 'zh-CN': 'needCond', en: 'needCond' } }],
    });
  });

  it('un-requires a material when a waive-material rule fires', () => {
    expect(statusOf({ shared: true }).base).toMatchObject({ required: false, missing: false, waived: true });
    expect(statusOf({ needCond: true, waiveCond: true }).cond).toMatchObject({
      required: false,
      waived: true,
    });
  });

  it('defers a missing 容缺 material instead of making the case incomplete', () => {
    const result = check(item, { formData: {}, materials: ['base'] }, { today });
    expect(result.materials.find((m) => m.code === 'later')).toMatchObject({
      required: true,
      missing: false,
      deferred: true,
    });
    expect(result.outcome).toBe('accept');
  });

  it('never requires an optional material', () => {
    expect(statusOf({ needOpt: true }).opt).toMatchObject({ required: false, missing: false });
  });

  it('makes the case incomplete when a required material is missing', () => {
    expect(check(item, { formData: {}, materials: [] }, { today }).outcome).toBe('incomplete');
    expect(statusOf({}, ['base']).base).toMatchObject({ provided: true, missing: false });
  });
});

describe('fees, warnings and the route', () => {
  const item = compile(
    minimalItem({
      fees: [
        { code: 'always', name: { 'zh-CN': '固定' }, amount: 5.1, always: true },
        { code: 'card', name: { 'zh-CN': '工本费' }, amount: 20, basis: '依据', waivable: true },
      ],
      rules: [
        ruleWhen('cardFee', 'kind', 'renew', 'fee', { fee: 'card' }),
        ruleWhen('lossFee', 'lost', true, 'fee', { fee: 'card', amount: 40 }, 5),
        ruleWhen('lowRoute', 'route', true, 'route', { route: 'low' }, 2),
        ruleWhen('highRoute', 'route', true, 'route', { route: 'high' }, 9),
        ruleWhen('warnA', 'warn', true, 'warn', { basis: '第一条' }),
      ],
    }),
  );

  it('charges fees with always:true, and a fired fee rule at its amount or the event’s', () => {
    const plain = check(item, { formData: {} }, { today });
    expect(plain.fees.map((f) => f.code)).toEqual(['always']);
    const renew = check(item, { formData: { kind: 'renew' } }, { today });
    expect(renew.fees).toEqual([
      { code: 'always', name: { 'zh-CN': '固定' }, amount: 5.1, waivable: false },
      {
        code: 'card',
        name: { 'zh-CN': '工本费' },
        amount: 20,
        waivable: true,
        basis: '依据',
        rule: 'cardFee',
      },
    ]);
    expect(renew.feeTotal).toBe(25.1);
  });

  it('charges a fee once: the highest-priority fired rule decides its amount', () => {
    const both = check(item, { formData: { kind: 'renew', lost: true } }, { today });
    expect(both.fees.find((f) => f.code === 'card')).toMatchObject({ amount: 40, rule: 'lossFee' });
    expect(both.feeTotal).toBe(45.1);
  });

  it('routes by the highest-priority fired route rule', () => {
    expect(check(item, { formData: { route: true } }, { today }).route).toEqual({
      to: 'high',
      rule: 'highRoute',
      message: { 'zh-CN': 'highRoute', en: 'highRoute' },
    });
    expect(check(item, { formData: {} }, { today }).route).toBeNull();
  });

  it('lists warnings with their basis; warnings never block', () => {
    const result = check(item, { formData: { warn: true } }, { today });
    expect(result.warnings).toEqual([
      { rule: 'warnA', message: { 'zh-CN': 'warnA', en: 'warnA' }, basis: '第一条' },
    ]);
    expect(result.outcome).toBe('accept');
  });

  it('throws for a check date that is not a real date: a programming error, not a bad case', () => {
    expect(() => check(item, { formData: {} }, { today: '2026-13-01' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});
