import { formatDate, parseDate } from './dates.ts';
import { ClockError } from './errors.ts';
import type { Interval } from './intervals.ts';
import type { DateString, WorkCalendar } from './types.ts';

/**
 * The epoch day of the n-th working day strictly after `startEpochDay`, not counting days inside the
 * merged, sorted `skipped` intervals. n = 0 gives the start itself.
 */
export function nthWorkdayAfter(
  startEpochDay: number,
  n: number,
  calendar: WorkCalendar,
  skipped: readonly Interval[] = [],
): number {
  let day = startEpochDay;
  let counted = 0;
  let next = 0;
  while (counted < n) {
    day++;
    while (next < skipped.length && skipped[next].end <= day) next++;
    if (next < skipped.length && skipped[next].start <= day) {
      day = skipped[next].end - 1;
      continue;
    }
    if (calendar.isWorkdayAt(day)) counted++;
  }
  return day;
}

/**
 * The date of the n-th working day strictly after `start` (the start is not counted, 民法典 §201);
 * `n = 0` returns `start`. Throws `ClockError` `INVALID_DURATION` unless n is a non-negative integer.
 */
export function addWorkdays(start: DateString, n: number, calendar: WorkCalendar): DateString {
  if (!Number.isInteger(n) || n < 0)
    throw new ClockError('INVALID_DURATION', `not a whole number of days: ${n}`);
  return formatDate(nthWorkdayAfter(parseDate(start), n, calendar));
}
