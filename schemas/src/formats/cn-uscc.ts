/** The 31 characters of a 统一社会信用代码 (GB 32100): digits and capitals without I, O, S, V, Z. */
export const CN_USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const BODY = /^[0-9A-HJ-NPQRTUWXY]{17}$/;

/** Each character code's value in the alphabet (0–30), or -1 for a code outside it. */
const VALUE_OF_CODE: Int8Array = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < CN_USCC_ALPHABET.length; i++) values[CN_USCC_ALPHABET.charCodeAt(i)] = i;
  return values;
})();

/** The alphabet value of `s[i]`, or -1 when it is not an alphabet character. */
function valueAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  return code < 128 ? VALUE_OF_CODE[code] : -1;
}

/**
 * The check character for the first 17 characters of a unified social credit code:
 * alphabet[(31 − Σ value × weight mod 31) mod 31]. Throws a RangeError when `body17` is not 17
 * characters of the alphabet (a programming error).
 */
export function cnUsccCheckChar(body17: string): string {
  if (!BODY.test(body17))
    throw new RangeError(`a USCC body is 17 alphabet characters, got ${JSON.stringify(body17)}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CN_USCC_ALPHABET.indexOf(body17[i]) * WEIGHTS[i];
  return CN_USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * Whether `s` is a valid 18-character unified social credit code (GB 32100): characters from the
 * code's alphabet, upper case only, with a correct check character. The embedded registration
 * authority, entity type and region are not checked against lists.
 *
 * One pass over the character codes (shape and weighted sum together), with no regex or substring:
 * the form validation of every check that carries a code runs it.
 */
export function isCnUscc(s: string): boolean {
  if (typeof s !== 'string' || s.length !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = valueAt(s, i);
    if (value < 0) return false;
    sum += value * WEIGHTS[i];
  }
  const check = valueAt(s, 17);
  return check >= 0 && check === (31 - (sum % 31)) % 31;
}
