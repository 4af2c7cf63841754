import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cnIdCardCheckChar, isCnIdCard, parseCnIdCard } from './cn-id-card.ts';
import { daysInMonth, isRealDate } from './iso-date.ts';

/** A made-up ID number: region + birth date + sequence, completed with its check character. */
const idNumber = (region: string, birth: string, sequence: string): string => {
  const body = `${region}${birth}${sequence}`;
  return body + cnIdCardCheckChar(body);
};

/** The worked example printed in GB 11643-1999 itself, not a real person's number. */
const STANDARD_EXAMPLE = '11010519491231002X';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const birthDateArb = fc
  .integer({ min: 1900, max: 2100 })
  .chain((year) =>
    fc
      .integer({ min: 1, max: 12 })
      .chain((month) =>
        fc
          .integer({ min: 1, max: daysInMonth(year, month) })
          .map((day) => `${year}${pad(month, 2)}${pad(day, 2)}`),
      ),
  );

const validIdArb = fc
  .tuple(fc.stringMatching(/^\d{6}$/), birthDateArb, fc.stringMatching(/^\d{3}$/))
  .map(([region, birth, sequence]) => idNumber(region, birth, sequence));

describe('isCnIdCard', () => {
  it('accepts the example from the standard, whose check character is X', () => {
    expect(isCnIdCard(STANDARD_EXAMPLE)).toBe(true);
  });

  it('accepts numbers built with the computed check character', () => {
    expect(isCnIdCard(idNumber('440305', '19900101', '123'))).toBe(true);
    expect(isCnIdCard(idNumber('310101', '20000229', '456'))).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(isCnIdCard('110105194912310020')).toBe(false);
    expect(isCnIdCard('110105194912310021')).toBe(false);
  });

  it('rejects a lowercase x: the stored number has one spelling, widgets upper-case input', () => {
    expect(isCnIdCard('11010519491231002x')).toBe(false);
  });

  it('rejects birth dates that do not exist', () => {
    expect(isCnIdCard(idNumber('110105', '20000230', '001'))).toBe(false);
    expect(isCnIdCard(idNumber('110105', '20010229', '001'))).toBe(false);
    expect(isCnIdCard(idNumber('110105', '19001301', '001'))).toBe(false);
    expect(isCnIdCard(idNumber('110105', '19900100', '001'))).toBe(false);
  });

  it('takes birth years from 1900 to 2100 and no others', () => {
    expect(isCnIdCard(idNumber('110105', '19000101', '001'))).toBe(true);
    expect(isCnIdCard(idNumber('110105', '21001231', '001'))).toBe(true);
    expect(isCnIdCard(idNumber('110105', '18991231', '001'))).toBe(false);
    expect(isCnIdCard(idNumber('110105', '21010101', '001'))).toBe(false);
  });

  it('rejects the wrong length, 15-digit first-generation numbers, spaces and letters', () => {
    expect(isCnIdCard(STANDARD_EXAMPLE.slice(0, 17))).toBe(false);
    expect(isCnIdCard(`${STANDARD_EXAMPLE}0`)).toBe(false);
    expect(isCnIdCard('110105491231002')).toBe(false);
    expect(isCnIdCard(` ${STANDARD_EXAMPLE}`)).toBe(false);
    expect(isCnIdCard('1101051949123100AX')).toBe(false);
    expect(isCnIdCard('')).toBe(false);
  });

  it('accepts every 17-digit body with a real birth date followed by its computed check character', () => {
    fc.assert(fc.property(validIdArb, (id) => isCnIdCard(id)));
  });

  it('rejects a valid number with any one character changed', () => {
    const otherCheckChar = (c: string, pick: number) => [...'0123456789X'].filter((x) => x !== c)[pick];
    fc.assert(
      fc.property(
        validIdArb,
        fc.integer({ min: 0, max: 17 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        (id, at, shift, pick) => {
          const replacement = at < 17 ? String((Number(id[at]) + shift) % 10) : otherCheckChar(id[17], pick);
          return !isCnIdCard(id.slice(0, at) + replacement + id.slice(at + 1));
        },
      ),
    );
  });
});

/** GB 11643 as a regex and substrings: the definition the one-pass `isCnIdCard` must agree with. */
function isCnIdCardByRegex(s: string): boolean {
  if (!/^\d{17}[\dX]$/.test(s) || cnIdCardCheckChar(s.slice(0, 17)) !== s[17]) return false;
  const year = Number(s.slice(6, 10));
  return year >= 1900 && year <= 2100 && isRealDate(year, Number(s.slice(10, 12)), Number(s.slice(12, 14)));
}

describe('isCnIdCard, read character by character', () => {
  /** Near misses: valid numbers with one character swapped for a digit look-alike or a neighbour code. */
  const lookAlikes = ['０', '٣', '/', ':', 'x', 'X', ' ', '9', '0'];
  const nearMissArb = fc
    .tuple(validIdArb, fc.integer({ min: 0, max: 17 }), fc.constantFrom(...lookAlikes))
    .map(([id, at, c]) => id.slice(0, at) + c + id.slice(at + 1));

  it('agrees with the regex definition on valid numbers, near misses and any string', () => {
    fc.assert(
      fc.property(fc.oneof(validIdArb, nearMissArb, fc.string({ maxLength: 20 })), (s) => {
        expect(isCnIdCard(s)).toBe(isCnIdCardByRegex(s));
      }),
      { numRuns: 3000 },
    );
  });

  it('rejects a full-width or Arabic-Indic digit that a regex \\d would also refuse', () => {
    expect(isCnIdCard(`１${STANDARD_EXAMPLE.slice(1)}`)).toBe(false);
    expect(isCnIdCard(`${STANDARD_EXAMPLE.slice(0, 16)}٣X`)).toBe(false);
  });

  it('answers false, not throw, for a value that is not a string', () => {
    expect(isCnIdCard(null as unknown as string)).toBe(false);
    expect(isCnIdCard(110105194912310020 as unknown as string)).toBe(false);
  });
});

describe('parseCnIdCard', () => {
  it('reads birth date, gender and region from the number', () => {
    expect(parseCnIdCard(STANDARD_EXAMPLE)).toEqual({
      birthDate: '1949-12-31',
      gender: 'female',
      regionCode: '110105',
    });
  });

  it('reads an odd 17th digit as male and an even one as female', () => {
    expect(parseCnIdCard(idNumber('440305', '19900101', '011'))?.gender).toBe('male');
    expect(parseCnIdCard(idNumber('440305', '19900101', '019'))?.gender).toBe('male');
    expect(parseCnIdCard(idNumber('440305', '19900101', '010'))?.gender).toBe('female');
    expect(parseCnIdCard(idNumber('440305', '19900101', '018'))?.gender).toBe('female');
  });

  it('returns null for an invalid number', () => {
    expect(parseCnIdCard('110105194912310020')).toBeNull();
    expect(parseCnIdCard(idNumber('110105', '20000230', '001'))).toBeNull();
  });

  it('gives back the birth date the number was built from', () => {
    fc.assert(
      fc.property(birthDateArb, (birth) => {
        const info = parseCnIdCard(idNumber('320102', birth, '007'));
        return info?.birthDate === `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6)}`;
      }),
    );
  });
});

describe('cnIdCardCheckChar', () => {
  it('computes the check character of the standard example', () => {
    expect(cnIdCardCheckChar(STANDARD_EXAMPLE.slice(0, 17))).toBe('X');
  });

  it('refuses a body that is not 17 digits', () => {
    expect(() => cnIdCardCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => cnIdCardCheckChar('1101051949123100A')).toThrow(RangeError);
  });
});
