/** A calendar date without time or time zone, as its parts. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
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

/** Parses a real `YYYY-MM-DD` date into its parts, or returns null. Pure arithmetic: no `Date`, no time zone. */
export function parseIsoDate(s: string): CalendarDate | null {
  const m = ISO_DATE.exec(s);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

function requireIsoDate(s: string, name: string): CalendarDate {
  const date = parseIsoDate(s);
  if (!date) {
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
  const beforeBirthday = on.month < birth.month || (on.month === birth.month && on.day < birth.day);
  return on.year - birth.year - (beforeBirthday ? 1 : 0);
}
