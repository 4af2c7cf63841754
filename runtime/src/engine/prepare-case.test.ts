import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.ts';
import { hashJson } from './hash.ts';
import { prepareCase } from './prepare-case.ts';
import { ADULT_ID, idCardRenewal } from './testing/id-card-renewal.ts';
import { toJsonValue } from './to-json-value.ts';

const idCard = compile(idCardRenewal);
const today = '2026-06-01';
const adult = { name: '张三', idNumber: ADULT_ID, phone: '13800138000', reason: 'expired' };

/** The material list as its definition reads: the strings, unique, sorted by code unit. */
const sortedUnique = (list: unknown[]): string[] =>
  [...new Set(list.filter((v): v is string => typeof v === 'string'))].sort();

describe('prepareCase', () => {
  it('lists the materials provided unique and sorted, short lists and long ones alike', () => {
    const code = fc.constantFrom('a', 'b', 'B', 'oldIdCard', 'photo', '材料', '', 'z9');
    const entry = fc.oneof({ weight: 5, arbitrary: code }, { weight: 1, arbitrary: fc.anything() });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 80 }), (materials) => {
        const prepared = prepareCase(idCard, { formData: adult, materials }, today);
        expect(prepared.facts.materials).toEqual(sortedUnique(materials));
      }),
      { numRuns: 500, seed: 41 },
    );
  });

  it('takes a material code with a lone surrogate as text, instead of throwing', () => {
    const prepared = prepareCase(idCard, { formData: adult, materials: ['oldIdCard', 'x\ud800'] }, today);
    expect(prepared.facts.materials).toEqual(['oldIdCard', 'x\ufffd']);
    expect(prepared.factsHash).toBe(
      hashJson({ form: prepared.facts.form, materials: ['oldIdCard', 'x\ufffd'], today }),
    );
  });

  it('hashes the facts as hashJson hashes {form, materials, today}', () => {
    const prepared = prepareCase(idCard, { formData: adult, materials: ['photo', 'oldIdCard'] }, today);
    const { form, materials } = prepared.facts;
    expect(prepared.factsHash).toBe(hashJson({ form, materials, today }));
  });

  it('judges the caller’s JSON data in place, and never changes it', () => {
    const formData = JSON.parse(JSON.stringify({ ...adult, reason: 'lost', lostDate: '2026-05-01' }));
    const before = JSON.stringify(formData);
    const prepared = prepareCase(idCard, { formData, materials: [] }, today);
    expect(JSON.stringify(formData)).toBe(before);
    expect(prepared.facts.form).toEqual(formData);
  });

  it('gives the same facts, errors and hash for any form data as for its JSON-clean copy', () => {
    const field = fc.constantFrom('name', 'idNumber', 'phone', 'reason', 'lostDate', 'agent', 'x');
    const value = fc.oneof(
      fc.constantFrom(adult.name, ADULT_ID, adult.phone, 'expired', 'lost', '2026-05-01'),
      fc.anything({ withBoxedValues: true, withNullPrototype: true, withDate: true, stringUnit: 'binary' }),
    );
    fc.assert(
      fc.property(fc.dictionary(field, value, { maxKeys: 6 }), (formData) => {
        const asGiven = prepareCase(idCard, { formData, materials: ['oldIdCard'] }, today);
        const copied = prepareCase(
          idCard,
          { formData: toJsonValue(formData), materials: ['oldIdCard'] },
          today,
        );
        expect(asGiven).toStrictEqual(copied);
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});
