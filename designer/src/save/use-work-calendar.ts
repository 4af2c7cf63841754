import { type ApiError, useApi, useApiQuery } from '@onewindow/runtime/app';
import { createWorkCalendar, type WorkCalendar } from '@onewindow/runtime/engine';
import type { HolidayCalendar } from '@onewindow/schemas';
import { useMemo } from 'react';

/** The centre's working-day calendar, from `GET /api/calendars` (null while loading or after a failure). */
export function useWorkCalendar(): { calendar: WorkCalendar | null; error: ApiError | Error | undefined } {
  const api = useApi();
  const query = useApiQuery(
    (signal) => api.get<{ calendars: HolidayCalendar[] }>('/api/calendars', { signal }),
    [api],
  );
  return useMemo(() => {
    if (!query.data) return { calendar: null, error: query.error };
    try {
      return { calendar: createWorkCalendar(query.data.calendars), error: undefined };
    } catch (error) {
      return { calendar: null, error: error as Error };
    }
  }, [query.data, query.error]);
}
