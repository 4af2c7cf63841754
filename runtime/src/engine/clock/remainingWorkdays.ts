import { parseDate } from './dates.ts';
import { epochDayOfDatePart } from './dateTime.ts';
import type { DateString, WorkCalendar } from './types.ts';

/**
 * 剩余工作日 — the number of working days d with today < d ≤ due (0 on the due day itself), or −1 once
 * today is past the due date. An `hour` deadline (a date-time) counts by its own date part.
 */
export function remainingWorkdays(due: string, today: DateString, calendar: WorkCalendar): number {
  const dueDay = epochDayOfDatePart(due);
  const todayDay = parseDate(today);
  if (todayDay > dueDay) return -1;
  let remaining = 0;
  for (let day = todayDay + 1; day <= dueDay; day++) if (calendar.isWorkdayAt(day)) remaining++;
  return remaining;
}
