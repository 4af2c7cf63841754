import { createHash, randomInt, timingSafeEqual } from 'node:crypto';

/** Digits of a query code (查询码): typed by applicants, guessed by nobody (10^8 with rate limits). */
export const QUERY_CODE_DIGITS = 8;

/** A fresh random query code, shown once on the receipt and never stored as it is. */
export function newQueryCode(): string {
  return String(randomInt(0, 10 ** QUERY_CODE_DIGITS)).padStart(QUERY_CODE_DIGITS, '0');
}

/**
 * What the case stores of its query code: sha256 hex of `caseNumber:code`. The case number is a salt,
 * so one table of the 10^8 codes' hashes does not open every case at once.
 */
export function queryCodeHash(caseNumber: string, code: string): string {
  return createHash('sha256').update(`${caseNumber}:${code}`, 'utf8').digest('hex');
}

// Compared when there is no such case, so that an unknown number costs the same as a wrong code.
const DECOY_HASH = queryCodeHash('0', '0');

/**
 * Whether `code` is the query code of the case whose stored hash is `storedHash` (null: no such case,
 * which is compared against a decoy so that both failures take the same time). Constant-time.
 */
export function queryCodeMatches(storedHash: string | null, caseNumber: string, code: string): boolean {
  const expected = Buffer.from(storedHash ?? DECOY_HASH, 'hex');
  const actual = Buffer.from(queryCodeHash(caseNumber, code), 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual) && storedHash !== null;
}
