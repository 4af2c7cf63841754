const POSTCODE = /^[0-9]{6}$/;

/** Whether `s` is a 6-digit mainland postcode (邮政编码). */
export function isCnPostcode(s: string): boolean {
  return POSTCODE.test(s);
}
