import { type CalendarIssue, validateCalendarData } from '@onewindow/runtime';
import type { HolidayCalendar } from '@onewindow/schemas';

/** One row of a list being edited: `key` keeps React rows stable when rows are removed. */
export interface DayRow {
  key: number;
  /** `YYYY-MM-DD`, or `''` before a date is chosen. */
  date: string;
  name: string;
}

export type DayList = 'holidays' | 'workdays';

/** A year's calendar as the screen edits it. */
export interface CalendarDraft {
  year: number;
  source: string;
  holidays: DayRow[];
  workdays: DayRow[];
}

/** What is wrong with one date, as a code the screen words (the clock's codes plus two of its own). */
export interface DayProblem {
  code: CalendarIssue['code'] | 'required' | 'duplicate';
  /** For `duplicate`: the 1-based row it repeats. */
  row?: number;
}

let nextKey = 1;

/** A new empty row. */
export function newRow(date = '', name = ''): DayRow {
  return { key: nextKey++, date, name };
}

export function draftOf(calendar: HolidayCalendar): CalendarDraft {
  return {
    year: calendar.year,
    source: calendar.source ?? '',
    holidays: calendar.holidays.map((d) => newRow(d.date, d.name ?? '')),
    workdays: calendar.workdays.map((d) => newRow(d.date, d.name ?? '')),
  };
}

/** The request body of `PUT /api/calendars/:year` (empty names and source left out). */
export function calendarOf(draft: CalendarDraft): HolidayCalendar {
  const days = (rows: DayRow[]) =>
    rows.map(({ date, name }) => (name.trim() ? { date, name: name.trim() } : { date }));
  return {
    year: draft.year,
    ...(draft.source.trim() ? { source: draft.source.trim() } : {}),
    holidays: days(draft.holidays),
    workdays: days(draft.workdays),
  };
}

/** The draft with each list in date order (rows without a date last), as it is saved. */
export function sortedDraft(draft: CalendarDraft): CalendarDraft {
  const byDate = (a: DayRow, b: DayRow) => (a.date || '9999').localeCompare(b.date || '9999');
  return { ...draft, holidays: [...draft.holidays].sort(byDate), workdays: [...draft.workdays].sort(byDate) };
}

/** The JSON pointer of a row's date, as the server and the clock name it (`/workdays/2/date`). */
export const datePointer = (list: DayList, index: number) => `/${list}/${index}/date`;

/**
 * Every problem of the draft by date pointer, found as the server will find them (the clock's
 * `validateCalendarData`: real dates, inside the year, 调休 on weekends, not also a holiday), plus a
 * missing date and a date listed twice.
 */
export function draftProblems(draft: CalendarDraft): Map<string, DayProblem> {
  const problems = new Map<string, DayProblem>();
  for (const issue of validateCalendarData(calendarOf(draft))) problems.set(issue.path, { code: issue.code });
  for (const list of ['holidays', 'workdays'] as const) {
    const first = new Map<string, number>();
    draft[list].forEach(({ date }, index) => {
      const pointer = datePointer(list, index);
      if (date === '') problems.set(pointer, { code: 'required' });
      else if (first.has(date)) problems.set(pointer, { code: 'duplicate', row: first.get(date)! + 1 });
      else first.set(date, index);
    });
  }
  return problems;
}
