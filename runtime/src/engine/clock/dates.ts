import { ClockError } from './errors.ts';
import type { DateString } from './types.ts';

// Dates are handled as whole days counted from 1970-01-01 ("epoch days") with the proleptic Gregorian
// civil-calendar conversions of H. Hinnant: integer arithmetic only, so no time zone and no Date object
// can leak in, and a hot loop over days is a loop over integers.

const CHAR_0 = 48;
const CHAR_DASH = 45;

function digitsAt(s: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i++) {
    const digit = s.charCodeAt(i) - CHAR_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The epoch day of a civil date (month 1–12). */
export function epochDayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of an epoch day. */
export function civilOf(epochDay: number): { year: number; month: number; day: number } {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The year an epoch day falls in. */
export function yearOfEpochDay(epochDay: number): number {
  return civilOf(epochDay).year;
}

function tryParse(d: string): number | undefined {
  if (d.length !== 10 || d.charCodeAt(4) !== CHAR_DASH || d.charCodeAt(7) !== CHAR_DASH) return undefined;
  const year = digitsAt(d, 0, 4);
  const month = digitsAt(d, 5, 2);
  const day = digitsAt(d, 8, 2);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return epochDayOf(year, month, day);
}

/** Whether `d` is a real calendar date written 'YYYY-MM-DD' (2026-02-29 is not). */
export function isValidDate(d: unknown): d is DateString {
  return typeof d === 'string' && tryParse(d) !== undefined;
}

/**
 * The number of days from 1970-01-01 to `d` (negative before it).
 * Throws `ClockError` `INVALID_DATE` unless `d` is a real 'YYYY-MM-DD' date.
 */
export function parseDate(d: DateString): number {
  const epochDay = typeof d === 'string' ? tryParse(d) : undefined;
  if (epochDay === undefined) throw new ClockError('INVALID_DATE', `not a YYYY-MM-DD date: ${String(d)}`);
  return epochDay;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** The 'YYYY-MM-DD' of an epoch day (years 0–9999). */
export function formatDate(epochDay: number): DateString {
  const { year, month, day } = civilOf(epochDay);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/** `d` moved by `n` calendar days (n may be negative). */
export function addDays(d: DateString, n: number): DateString {
  return formatDate(parseDate(d) + n);
}

/** The number of calendar days from `b` to `a`: `diffDays('2026-10-08', '2026-10-01') === 7`. */
export function diffDays(a: DateString, b: DateString): number {
  return parseDate(a) - parseDate(b);
}

/** Day of week of an epoch day, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function dayOfWeekAt(epochDay: number): number {
  return (((epochDay + 4) % 7) + 7) % 7;
}

/** Day of week, 0 = Sunday … 6 = Saturday, as `Date#getUTCDay`. */
export function dayOfWeek(d: DateString): number {
  return dayOfWeekAt(parseDate(d));
}
