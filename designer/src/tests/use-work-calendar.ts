import { useApi, useApiQuery, useErrorText } from '@onewindow/runtime/app';
import { createWorkCalendar, type WorkCalendar } from '@onewindow/runtime/engine';
import type { HolidayCalendar } from '@onewindow/schemas';
import { useMemo } from 'react';

/** The working-day calendar the tests run against. */
export interface CalendarState {
  calendar: WorkCalendar | undefined;
  /** False while `GET /api/calendars` is on its way: tests wait for it. */
  ready: boolean;
  /** Why the holiday calendars could not be used (then Mon–Fri count as working days), or null. */
  problem: string | null;
}

/**
 * 工作日历 from the holiday calendars the server holds (`GET /api/calendars`), as the server's own test
 * run uses them; without them the engine counts Monday to Friday, and the tab says so.
 */
export function useWorkCalendar(): CalendarState {
  const api = useApi();
  const errorText = useErrorText();
  const query = useApiQuery(
    (signal) => api.get<{ calendars: HolidayCalendar[] }>('/api/calendars', { signal }),
    [api],
  );
  const { data, error } = query;
  // Built once per answer: a new calendar object would make every test run again.
  const built = useMemo(() => {
    if (!data) return undefined;
    try {
      return { calendar: createWorkCalendar(data.calendars), problem: null };
    } catch (e) {
      return { calendar: undefined, problem: e instanceof Error ? e.message : String(e) };
    }
  }, [data]);
  if (error) return { calendar: undefined, ready: true, problem: errorText(error) };
  if (!built) return { calendar: undefined, ready: false, problem: null };
  return { calendar: built.calendar, ready: true, problem: built.problem };
}
