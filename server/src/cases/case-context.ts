import type { CompiledItem, WorkCalendar } from '@onewindow/runtime/engine';
import type { DefinitionRef } from '@onewindow/schemas';
import { getWorkCalendar } from '../calendars/work-calendar.ts';
import { getCompiledVersion } from '../definitions/compiled-cache.ts';
import { DefinitionIntegrityError } from '../definitions/definition-integrity-error.ts';
import type { AppDeps } from '../deps.ts';
import { type ClockNow, clockAt } from './case-clocks.ts';
import { type ItemTiming, itemTiming } from './item-timing.ts';

/** What a use case needs to judge and time one case: its pinned definition compiled, the calendar, the clock. */
export interface CaseContext {
  compiled: CompiledItem;
  timing: ItemTiming;
  calendar: WorkCalendar;
  now: ClockNow;
  /** The instant of `now`, as stored (ISO UTC). */
  at: string;
}

/** The clock of the request: the injected clock, in the centre's time zone. */
export function requestClock(deps: AppDeps): { now: ClockNow; at: string } {
  const instant = deps.clock.now();
  const now = clockAt(instant, deps.config.timeZone);
  // The injected clock decides the date (tests set it); the wall-clock part only serves hour limits.
  return { now: { ...now, today: deps.clock.today() }, at: instant.toISOString() };
}

/**
 * Loads the exact version a case is pinned to (never the latest: a case is judged and timed by the
 * definition it was filed under) and checks that its hash is the one pinned.
 */
export async function loadCaseContext(deps: AppDeps, ref: DefinitionRef): Promise<CaseContext> {
  const [{ version, compiled }, calendar] = await Promise.all([
    getCompiledVersion(deps, { code: ref.code, version: ref.version }),
    getWorkCalendar(deps),
  ]);
  if (version.hash !== ref.hash) {
    throw new DefinitionIntegrityError(
      `Version ${ref.version} of ${ref.code} is not the version this case was filed under (its hash differs).`,
      { code: 'DEFINITION_HASH_MISMATCH' },
    );
  }
  return { compiled, timing: itemTiming(version.definition), calendar, ...requestClock(deps) };
}
