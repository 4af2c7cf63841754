import { dayOfWeekAt, isValidDate, parseDate, yearOfEpochDay } from './dates.ts';
import type { HolidayCalendarData } from './types.ts';

/** One thing wrong with a year's calendar data; `path` is a JSON pointer into that year's document. */
export interface CalendarIssue {
  path: string;
  code: 'invalid-year' | 'invalid-date' | 'outside-year' | 'workday-not-weekend' | 'both-holiday-and-workday';
  message: string;
}

/**
 * Checks one year's calendar beyond what its JSON Schema can say: real dates inside the year, make-up
 * workdays (调休) only on a Saturday or Sunday, and no day both off and on. Returns findings, never throws.
 */
export function validateCalendarData(data: HolidayCalendarData): CalendarIssue[] {
  const issues: CalendarIssue[] = [];
  if (!Number.isInteger(data.year)) {
    issues.push({ path: '/year', code: 'invalid-year', message: `year must be an integer: ${data.year}` });
  }
  const holidayDates = new Set<string>();
  for (const listName of ['holidays', 'workdays'] as const) {
    data[listName].forEach(({ date }, index) => {
      const path = `/${listName}/${index}/date`;
      if (!isValidDate(date)) {
        issues.push({ path, code: 'invalid-date', message: `not a real YYYY-MM-DD date: ${date}` });
        return;
      }
      const epochDay = parseDate(date);
      if (yearOfEpochDay(epochDay) !== data.year) {
        issues.push({ path, code: 'outside-year', message: `${date} is not in ${data.year}` });
      }
      if (listName === 'holidays') {
        holidayDates.add(date);
        return;
      }
      const weekday = dayOfWeekAt(epochDay);
      if (weekday !== 0 && weekday !== 6) {
        issues.push({
          path,
          code: 'workday-not-weekend',
          message: `${date} is a weekday; 调休 days are weekends`,
        });
      }
      if (holidayDates.has(date)) {
        issues.push({
          path,
          code: 'both-holiday-and-workday',
          message: `${date} is listed as a holiday too`,
        });
      }
    });
  }
  return issues;
}
