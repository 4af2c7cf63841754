import { dayOfWeekAt, epochDayOf, parseDate } from './dates.ts';
import { ClockError } from './errors.ts';
import type { DateString, HolidayCalendarData, WorkCalendar } from './types.ts';
import { validateCalendarData } from './validateCalendarData.ts';

function isMondayToFriday(epochDay: number): boolean {
  const weekday = dayOfWeekAt(epochDay);
  return weekday !== 0 && weekday !== 6;
}

/**
 * Builds a working-day calendar from the official arrangement of some years. A day in a year not given
 * counts Mon–Fri as working days; callers report such years as provisional (see `uncoveredYears`).
 * Throws `ClockError` `INVALID_CALENDAR` for data that `validateCalendarData` rejects or a year given twice.
 */
export function createWorkCalendar(years: readonly HolidayCalendarData[]): WorkCalendar {
  const problems: string[] = [];
  const covered = new Set<number>();
  years.forEach((data, index) => {
    for (const issue of validateCalendarData(data))
      problems.push(`[${index}]${issue.path}: ${issue.message}`);
    if (covered.has(data.year)) problems.push(`[${index}]/year: ${data.year} is given twice`);
    covered.add(data.year);
  });
  if (problems.length > 0) throw new ClockError('INVALID_CALENDAR', problems.join('; '));

  const sortedYears = [...covered].sort((a, b) => a - b);
  // One flag per day from the first covered 1 Jan to the last covered 31 Dec, so a lookup is an index
  // into a typed array; gap years inside the span keep the Mon–Fri rule like any uncovered year.
  const spanStart = sortedYears.length > 0 ? epochDayOf(sortedYears[0], 1, 1) : 0;
  const spanEnd = sortedYears.length > 0 ? epochDayOf(sortedYears[sortedYears.length - 1] + 1, 1, 1) : 0;
  const workdayFlags = new Uint8Array(spanEnd - spanStart);
  for (let day = spanStart; day < spanEnd; day++)
    workdayFlags[day - spanStart] = isMondayToFriday(day) ? 1 : 0;
  for (const data of years) {
    for (const { date } of data.holidays) workdayFlags[parseDate(date) - spanStart] = 0;
    for (const { date } of data.workdays) workdayFlags[parseDate(date) - spanStart] = 1;
  }

  const isWorkdayAt = (epochDay: number): boolean =>
    epochDay >= spanStart && epochDay < spanEnd
      ? workdayFlags[epochDay - spanStart] === 1
      : isMondayToFriday(epochDay);

  return {
    isWorkday: (d: DateString) => isWorkdayAt(parseDate(d)),
    isWorkdayAt,
    covers: (year: number) => covered.has(year),
    years: () => [...sortedYears],
  };
}
