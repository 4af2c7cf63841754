import { parseDate } from './dates.ts';
import { epochDayOfDatePart } from './dateTime.ts';
import { remainingWorkdays } from './remainingWorkdays.ts';
import { trafficLight } from './trafficLight.ts';
import type { ClockStatus, DateString, WorkCalendar } from './types.ts';
import { uncoveredYearsBetween } from './uncoveredYears.ts';

export interface ClockStatusArgs {
  due: string;
  today: DateString;
  calendar: WorkCalendar;
  yellowAt?: number;
}

/**
 * Where a running case stands on `today`: remaining working days, the light, and the uncovered years
 * the count went through (`provisional`, empty once past the deadline since nothing is counted then).
 */
export function clockStatus({ due, today, calendar, yellowAt }: ClockStatusArgs): ClockStatus {
  const remaining = remainingWorkdays(due, today, calendar);
  const provisional = uncoveredYearsBetween(parseDate(today) + 1, epochDayOfDatePart(due), calendar);
  return { due, remaining, light: trafficLight(remaining, { yellowAt }), provisional };
}
