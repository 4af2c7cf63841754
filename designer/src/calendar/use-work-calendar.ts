import { useApi, useApiQuery, useErrorText } from '@onewindow/runtime/app';
import { createWorkCalendar, type WorkCalendar } from '@onewindow/runtime/engine';
import type { HolidayCalendar } from '@onewindow/schemas';
import { useMemo } from 'react';

/**
 * What a caller does when the holiday calendars cannot be loaded or used: `weekdays` runs anyway,
 * counting Monday to Friday as working days (the tests tab, which says so); `block` runs nothing
 * (the publish check, which must judge as the server will, with the centre's calendar).
 */
export type CalendarFailurePolicy = 'weekdays' | 'block';

/** The working-day calendar to run tests with. */
export interface WorkCalendarState {
  /** The centre's calendar; `undefined` while loading, or after a failure (Monday to Friday). */
  calendar: WorkCalendar | undefined;
  /**
   * Tests may run now, with `calendar`: once it has loaded, or after a failure under `weekdays`;
   * never while `GET /api/calendars` is on its way, nor after a failure under `block`.
   */
  ready: boolean;
  /** Why the holiday calendars could not be used (an error text), or null. */
  problem: string | null;
}

/**
 * 工作日历 from the holiday calendars the server holds (`GET /api/calendars`), as the server's own
 * test run uses them, with `policy` deciding what a failure means.
 */
export function useWorkCalendar(policy: CalendarFailurePolicy): WorkCalendarState {
  const api = useApi();
  const errorText = useErrorText();
  const { data, error } = useApiQuery(
    (signal) => api.get<{ calendars: HolidayCalendar[] }>('/api/calendars', { signal }),
    [api],
  );
  // Built once per answer: a new calendar object would make every test run again.
  const built = useMemo(() => {
    if (!data) return undefined;
    try {
      return { calendar: createWorkCalendar(data.calendars), problem: null };
    } catch (e) {
      return { calendar: undefined, problem: e instanceof Error ? e.message : String(e) };
    }
  }, [data]);
  const problem = error ? errorText(error) : (built?.problem ?? null);
  if (problem !== null) return { calendar: undefined, ready: policy === 'weekdays', problem };
  if (!built) return { calendar: undefined, ready: false, problem: null };
  return { calendar: built.calendar, ready: true, problem: null };
}
