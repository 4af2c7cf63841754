import { isRealDate } from './iso-date.ts';

/** What a 居民身份证号码 (resident ID number, GB 11643) says about its holder. */
export interface CnIdCardInfo {
  /** `YYYY-MM-DD`, from digits 7–14. */
  birthDate: string;
  /** From the 17th digit: odd is male, even is female. */
  gender: 'male' | 'female';
  /** 行政区划代码 (GB/T 2260) of the issuing region, the first 6 digits. Not checked against a list. */
  regionCode: string;
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';
const BODY = /^\d{17}$/;
const CHAR_0 = 48;
const EARLIEST_BIRTH_YEAR = 1900;
const LATEST_BIRTH_YEAR = 2100;

/**
 * The check character (`0`–`9` or `X`) for a 17-digit ID body: "10X98765432"[Σ digit × weight mod 11].
 * Throws a RangeError when `body17` is not 17 digits (a programming error).
 */
export function cnIdCardCheckChar(body17: string): string {
  if (!BODY.test(body17)) throw new RangeError(`an ID body is 17 digits, got ${JSON.stringify(body17)}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

/** The number of the ASCII digits `s[from..to)`; only call it on characters known to be digits. */
function digitValue(s: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + s.charCodeAt(i) - CHAR_0;
  return value;
}

/**
 * Whether `s` is a valid 18-character resident ID number (GB 11643): 17 digits, a correct check
 * character, and a real birth date in the years 1900–2100.
 *
 * The check character X is accepted only in upper case, so that a stored number has one spelling and
 * compares, hashes and deduplicates by plain equality; input widgets upper-case what people type.
 * The 15-digit numbers of the first generation are not accepted. A birth date after today is not
 * caught here (that needs `today`, which the engine has).
 *
 * One pass over the character codes (shape and weighted sum together), with no regex or substring:
 * every check reads the applicant's number, in the form validation and again for the applicant facts.
 */
export function isCnIdCard(s: string): boolean {
  if (typeof s !== 'string' || s.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const digit = s.charCodeAt(i) - CHAR_0;
    if (!(digit >= 0 && digit <= 9)) return false;
    sum += digit * WEIGHTS[i];
  }
  if (s.charCodeAt(17) !== CHECK_CHARS.charCodeAt(sum % 11)) return false;
  const year = digitValue(s, 6, 10);
  return (
    year >= EARLIEST_BIRTH_YEAR &&
    year <= LATEST_BIRTH_YEAR &&
    isRealDate(year, digitValue(s, 10, 12), digitValue(s, 12, 14))
  );
}

/** Birth date, gender and region of a valid resident ID number, or null when `s` is not one (see {@link isCnIdCard}). */
export function parseCnIdCard(s: string): CnIdCardInfo | null {
  if (!isCnIdCard(s)) return null;
  return {
    birthDate: `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`,
    gender: (s.charCodeAt(16) - CHAR_0) % 2 === 1 ? 'male' : 'female',
    regionCode: s.slice(0, 6),
  };
}
