import type { WorkCalendar } from '@onewindow/runtime/engine';
import type { AppDeps } from '../deps.ts';
import { ConflictError } from '../errors/index.ts';
import type { CaseRecord } from '../storage/port.ts';
import type { ClockNow } from './case-clocks.ts';
import { deemedAcceptance, deemedAcceptanceWrite } from './deemed-acceptance.ts';
import type { ItemTiming } from './item-timing.ts';

export interface PersistDeemedArgs {
  timing: ItemTiming;
  calendar: WorkCalendar;
  now: ClockNow;
  at: string;
}

/**
 * Records the deemed acceptance of `c` if it is due, idempotently: the write is conditional on the
 * revision read, so when several instances (or a sweep and a clerk) race, exactly one event is
 * appended and the others read the case as it now is. Returns the case as stored afterwards.
 */
export async function persistDeemedAcceptance(
  deps: AppDeps,
  c: CaseRecord,
  args: PersistDeemedArgs,
): Promise<CaseRecord> {
  const deemed = deemedAcceptance(c, args.timing, args.calendar, args.now);
  if (!deemed) return c;
  const write = deemedAcceptanceWrite(c, deemed, args.timing, args.calendar, args.now, args.at);
  try {
    const updated = await deps.store.transitionCase({ caseId: c.id, expectedRevision: c.revision, ...write });
    deps.logger.warn(
      { caseId: c.id, caseNumber: c.caseNumber, acceptedOn: deemed.acceptedOn, windowDue: deemed.windowDue },
      'case deemed accepted: the acceptance window passed without acceptance or a supplement notice',
    );
    return updated;
  } catch (error) {
    if (!(error instanceof ConflictError) || error.code !== 'REVISION_CONFLICT') throw error;
    return (await deps.store.getCase({ id: c.id })) ?? c;
  }
}
