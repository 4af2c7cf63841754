import type { HolidayCalendar } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';
import { ValidationError } from '../errors/index.ts';
import type { Actor } from '../http/route.ts';
import { recomputeDeadlines } from './recompute-deadlines.ts';
import { validateHolidayCalendar } from './validate-holiday-calendar.ts';
import { invalidateWorkCalendar } from './work-calendar.ts';

export interface PutCalendarInput {
  /** The year in the path; it must be the calendar's own. */
  year: number;
  calendar: unknown;
  actor: Pick<Actor, 'username'>;
}

/**
 * 节假日安排 — stores (replaces) one year's holiday calendar after validating it, with a `calendar`
 * audit record, makes every later deadline use it, and recomputes the stored deadlines of the open
 * cases it moves (see `recomputeDeadlines`) before answering.
 */
export async function putCalendar(
  deps: AppDeps,
  { year, calendar, actor }: PutCalendarInput,
): Promise<HolidayCalendar> {
  const valid = validateHolidayCalendar(calendar);
  if (valid.year !== year) {
    throw new ValidationError(`The calendar is for ${valid.year}, not ${year}.`, { code: 'YEAR_MISMATCH' });
  }
  const at = deps.clock.now().toISOString();
  let stored: HolidayCalendar;
  try {
    stored = await deps.store.putCalendar({ calendar: valid, actor: actor.username, at });
  } finally {
    invalidateWorkCalendar(deps);
  }
  const recomputed = await recomputeDeadlines(deps, { year, actor: actor.username, at });
  deps.logger.info({ year, ...recomputed }, 'holiday calendar written; stored deadlines recomputed');
  return stored;
}
