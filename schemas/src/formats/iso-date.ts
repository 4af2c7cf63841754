/** A calendar date without time or time zone, as its parts. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const CHAR_0 = 48;
const CHAR_DASH = 45;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether the parts name a day that exists on the Gregorian calendar (no Feb 30, no month 13). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** The value of the `count` ASCII digits of `s` from `from`, or -1 when one of them is not a digit. */
function digitsAt(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = s.charCodeAt(i) - CHAR_0;
    if (!(digit >= 0 && digit <= 9)) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * A real `YYYY-MM-DD` date as the integer YYYYMMDD (2026-03-16 is 20260316), or -1 when `s` is not
 * one. Read character by character, without a regex or a Date: the engine reads dates on every check.
 */
export function isoDateNumber(s: string): number {
  if (
    typeof s !== 'string' ||
    s.length !== 10 ||
    s.charCodeAt(4) !== CHAR_DASH ||
    s.charCodeAt(7) !== CHAR_DASH
  )
    return -1;
  const year = digitsAt(s, 0, 4);
  const month = digitsAt(s, 5, 2);
  const day = digitsAt(s, 8, 2);
  if (year < 0 || month < 0 || day < 0 || !isRealDate(year, month, day)) return -1;
  return year * 10000 + month * 100 + day;
}

/** Parses a real `YYYY-MM-DD` date into its parts, or returns null. Pure arithmetic: no `Date`, no time zone. */
export function parseIsoDate(s: string): CalendarDate | null {
  const n = isoDateNumber(s);
  return n < 0 ? null : { year: Math.floor(n / 10000), month: Math.floor(n / 100) % 100, day: n % 100 };
}

function requireIsoDate(s: string, name: string): number {
  const date = isoDateNumber(s);
  if (date < 0) {
    throw Object.assign(new RangeError(`${name} must be a real YYYY-MM-DD date, got ${JSON.stringify(s)}`), {
      code: 'INVALID_DATE',
    });
  }
  return date;
}

/**
 * Age in full years on `today` of someone born on `birthDate` (both `YYYY-MM-DD`).
 *
 * A birthday counts from its own day, so someone born on Feb 29 turns a year older on Mar 1 in a
 * non-leap year (and on Feb 29 in a leap year). A birth date after `today` gives a negative number,
 * which rules can treat as a finding. Throws a RangeError with code `INVALID_DATE` for a malformed date:
 * that is a programming error, not a bad case.
 */
export function ageOn(birthDate: string, today: string): number {
  const birth = requireIsoDate(birthDate, 'birthDate');
  const on = requireIsoDate(today, 'today');
  // As YYYYMMDD numbers the difference is (years × 10000) + (MMDD today − MMDD of birth), and the
  // second term lies strictly between −10000 and 10000, negative exactly before the birthday: so
  // flooring the difference by 10000 subtracts the year not yet completed.
  return Math.floor((on - birth) / 10000);
}
