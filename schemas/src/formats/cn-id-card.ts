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
const SHAPE = /^\d{17}[\dX]$/;
const BODY = /^\d{17}$/;
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

/**
 * Whether `s` is a valid 18-character resident ID number (GB 11643): 17 digits, a correct check
 * character, and a real birth date in the years 1900–2100.
 *
 * The check character X is accepted only in upper case, so that a stored number has one spelling and
 * compares, hashes and deduplicates by plain equality; input widgets upper-case what people type.
 * The 15-digit numbers of the first generation are not accepted. A birth date after today is not
 * caught here (that needs `today`, which the engine has).
 */
export function isCnIdCard(s: string): boolean {
  if (!SHAPE.test(s)) return false;
  if (cnIdCardCheckChar(s.slice(0, 17)) !== s[17]) return false;
  const year = Number(s.slice(6, 10));
  const month = Number(s.slice(10, 12));
  const day = Number(s.slice(12, 14));
  return year >= EARLIEST_BIRTH_YEAR && year <= LATEST_BIRTH_YEAR && isRealDate(year, month, day);
}

/** Birth date, gender and region of a valid resident ID number, or null when `s` is not one (see {@link isCnIdCard}). */
export function parseCnIdCard(s: string): CnIdCardInfo | null {
  if (!isCnIdCard(s)) return null;
  return {
    birthDate: `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`,
    gender: Number(s[16]) % 2 === 1 ? 'male' : 'female',
    regionCode: s.slice(0, 6),
  };
}
