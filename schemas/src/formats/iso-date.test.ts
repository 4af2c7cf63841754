import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, daysInMonth, isLeapYear, isoDateNumber, isRealDate, parseIsoDate } from './iso-date.ts';

/** The regex reading of `YYYY-MM-DD` that the character-by-character parser must agree with. */
function parseByRegex(s: string): { year: number; month: number; day: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
/** Date-like strings: real and impossible dates, with the odd character replaced. */
const dateLikeArb = fc
  .tuple(
    fc.integer({ min: 0, max: 9999 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
    fc.integer({ min: 0, max: 12 }),
    fc.constantFrom('', '-', '/', '０', 'T', ' '),
  )
  .map(([y, m, d, at, c]) => {
    const text = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
    return c === '' ? text : text.slice(0, at) + c + text.slice(at + 1);
  });

describe('ageOn', () => {
  it('counts a year only once the birthday has come', () => {
    expect(ageOn('2000-06-15', '2026-06-14')).toBe(25);
    expect(ageOn('2000-06-15', '2026-06-15')).toBe(26);
    expect(ageOn('2000-06-15', '2026-12-31')).toBe(26);
    expect(ageOn('2000-12-31', '2026-01-01')).toBe(25);
  });

  it('makes someone born on Feb 29 a year older on Mar 1 in a non-leap year', () => {
    expect(ageOn('2004-02-29', '2025-02-28')).toBe(20);
    expect(ageOn('2004-02-29', '2025-03-01')).toBe(21);
  });

  it('makes someone born on Feb 29 a year older on Feb 29 in a leap year', () => {
    expect(ageOn('2004-02-29', '2028-02-28')).toBe(23);
    expect(ageOn('2004-02-29', '2028-02-29')).toBe(24);
  });

  it('is 0 on the day of birth and negative for a birth date after today', () => {
    expect(ageOn('2026-03-10', '2026-03-10')).toBe(0);
    expect(ageOn('2026-03-11', '2026-03-10')).toBe(-1);
  });

  it('equals counting whole years with the month and day compared, for any two real dates', () => {
    const realDateArb = dateLikeArb.filter((s) => parseByRegex(s) !== null);
    fc.assert(
      fc.property(realDateArb, realDateArb, (birth, today) => {
        const b = parseByRegex(birth);
        const t = parseByRegex(today);
        if (b === null || t === null) return;
        const beforeBirthday = t.month < b.month || (t.month === b.month && t.day < b.day);
        expect(ageOn(birth, today)).toBe(t.year - b.year - (beforeBirthday ? 1 : 0));
      }),
      { numRuns: 2000 },
    );
  });

  it('throws INVALID_DATE for a date that is malformed or does not exist', () => {
    expect(() => ageOn('2026-02-30', '2026-03-10')).toThrow(
      expect.objectContaining({ code: 'INVALID_DATE' }),
    );
    expect(() => ageOn('2000-01-01', '2026/03/10')).toThrow(RangeError);
  });
});

describe('calendar arithmetic', () => {
  it('knows the Gregorian leap years', () => {
    expect([1900, 2000, 2024, 2026, 2100].map(isLeapYear)).toEqual([false, true, true, false, false]);
  });

  it('knows the length of each month', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('tells real dates from impossible ones', () => {
    expect(isRealDate(2026, 2, 28)).toBe(true);
    expect(isRealDate(2026, 2, 29)).toBe(false);
    expect(isRealDate(2026, 13, 1)).toBe(false);
    expect(isRealDate(2026, 1, 0)).toBe(false);
  });

  it('parses YYYY-MM-DD into parts, and nothing else', () => {
    expect(parseIsoDate('2026-10-08')).toEqual({ year: 2026, month: 10, day: 8 });
    expect(parseIsoDate('2026-10-8')).toBeNull();
    expect(parseIsoDate('2026-10-08T00:00:00Z')).toBeNull();
    expect(parseIsoDate('2026-02-29')).toBeNull();
  });

  it('reads dates character by character exactly as the regex reading does', () => {
    fc.assert(
      fc.property(fc.oneof(dateLikeArb, fc.string({ maxLength: 12 })), (s) => {
        const parts = parseByRegex(s);
        expect(parseIsoDate(s)).toEqual(parts);
        expect(isoDateNumber(s)).toBe(
          parts === null ? -1 : parts.year * 10000 + parts.month * 100 + parts.day,
        );
      }),
      { numRuns: 3000 },
    );
  });
});
