import type { HolidayCalendar } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';

/** Every stored holiday calendar, by year. */
export async function listCalendars(deps: AppDeps): Promise<HolidayCalendar[]> {
  return deps.store.listCalendars();
}
