const MOBILE = /^1[3-9]\d{9}$/;

/** Whether `s` is an 11-digit mainland mobile number (1, then 3–9, then 9 digits), without +86 or spaces. */
export function isCnMobile(s: string): boolean {
  return MOBILE.test(s);
}
