import { yearOfEpochDay } from './dates.ts';
import type { WorkCalendar } from './types.ts';

/**
 * The years (as strings, ascending) between two epoch days, both included, that the calendar does not
 * cover: a result that consulted them is provisional, never a silent guess. Empty when `to < from`.
 */
export function uncoveredYearsBetween(
  fromEpochDay: number,
  toEpochDay: number,
  calendar: WorkCalendar,
): string[] {
  if (toEpochDay < fromEpochDay) return [];
  const result: string[] = [];
  for (let year = yearOfEpochDay(fromEpochDay); year <= yearOfEpochDay(toEpochDay); year++) {
    if (!calendar.covers(year)) result.push(String(year));
  }
  return result;
}
