import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { createOperators, DEFAULT_OPERATOR_NAMES, OPERATOR_NAMES } from './operators.ts';

const ops = createOperators({ today: '2026-06-01' });

/** json-rules-engine's own operator objects, as a fresh Engine registers them. */
const stock = new Engine() as unknown as {
  operators: { get(name: string): { evaluate(a: unknown, b: unknown): boolean } };
};

const value = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noNaN: false }),
  fc.constantFrom('', '1', '1.5', ' 2', 'abc', 'b', '3x', 'Infinity', '-0'),
  fc.array(fc.oneof(fc.integer({ min: -2, max: 2 }), fc.constantFrom('1', 'a', 'b')), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'indexOf', 'toString', 'valueOf'), fc.integer(), { maxKeys: 2 }),
);

describe('createOperators', () => {
  it('registers json-rules-engine’s ten defaults and OneWindow’s six', () => {
    expect(DEFAULT_OPERATOR_NAMES).toHaveLength(10);
    expect(Object.keys(ops).sort()).toEqual([...OPERATOR_NAMES].sort());
  });

  it('gives every default operator json-rules-engine’s result, and false where json-rules-engine throws', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DEFAULT_OPERATOR_NAMES), value, value, (name, a, b) => {
        let expected: boolean;
        try {
          expected = stock.operators.get(name).evaluate(a, b) === true;
        } catch {
          expected = false;
        }
        expect(ops[name](a, b)).toBe(expected);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('keeps json-rules-engine’s quirks: numbers-as-strings compare, `in` searches strings, contains needs an array', () => {
    expect(ops.lessThan('12', 13)).toBe(true);
    expect(ops.greaterThan('abc', 1)).toBe(false);
    expect(ops.lessThan(undefined, 1)).toBe(false);
    expect(ops.in('b', 'abc')).toBe(true);
    expect(ops.in('a', null)).toBe(false);
    expect(ops.notIn('a', undefined)).toBe(false);
    expect(ops.contains('abc', 'a')).toBe(false);
    expect(ops.doesNotContain(undefined, 'a')).toBe(false);
    expect(ops.equal(undefined, undefined)).toBe(true);
    expect(ops.notEqual(1, '1')).toBe(true);
  });

  it('compares dates by calendar day, date-times by their written day, and anything else is false', () => {
    expect(ops.dateBefore('2026-05-31', '2026-06-01')).toBe(true);
    expect(ops.dateBefore('2026-06-01', '2026-06-01')).toBe(false);
    expect(ops.dateAfter('2026-06-01T23:59:59+08:00', '2026-05-31')).toBe(true);
    expect(ops.dateAfter('2026-06-01T00:00:00Z', '2026-06-01')).toBe(false);
    expect(ops.dateBefore('2026-02-30', '2026-06-01')).toBe(false);
    expect(ops.dateBefore('2026/05/01', '2026-06-01')).toBe(false);
    expect(ops.dateBefore(20260501, '2026-06-01')).toBe(false);
    expect(ops.dateAfter('2026-06-02', undefined)).toBe(false);
  });

  it('counts age on the check date: a birthday counts from its own day', () => {
    expect(ops.ageAtLeast('2008-06-01', 18)).toBe(true);
    expect(ops.ageAtLeast('2008-06-02', 18)).toBe(false);
    expect(createOperators({ today: '2026-06-02' }).ageAtLeast('2008-06-02', 18)).toBe(true);
    expect(ops.ageAtLeast('2008-06-01T10:00:00Z', 18)).toBe(true);
    expect(ops.ageAtLeast('not a date', 0)).toBe(false);
    expect(ops.ageAtLeast('2008-06-01', '18')).toBe(false);
  });

  it('checks that an array includes all or any of the listed items', () => {
    expect(ops.includesAll(['a', 'b', 'c'], ['a', 'c'])).toBe(true);
    expect(ops.includesAll(['a'], ['a', 'b'])).toBe(false);
    expect(ops.includesAll(['a'], [])).toBe(true);
    expect(ops.includesAny(['a'], ['b', 'a'])).toBe(true);
    expect(ops.includesAny(['a'], [])).toBe(false);
    expect(ops.includesAny('a', ['a'])).toBe(false);
    expect(ops.includesAll(['a'], 'a')).toBe(false);
  });

  it('matches strings against a safe pattern, unanchored, and refuses unsafe ones at run time too', () => {
    expect(ops.matchesPattern('440305199001011234', '^4403')).toBe(true);
    expect(ops.matchesPattern('张三', '张')).toBe(true);
    expect(ops.matchesPattern(4403, '^4403')).toBe(false);
    expect(ops.matchesPattern('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!', '(a+)+$')).toBe(false);
  });

  it('refuses a check date that is not a real date (a programming error)', () => {
    expect(() => createOperators({ today: '2026-02-30' })).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
  });
});
