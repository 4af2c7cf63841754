import type { AppDeps } from '../deps.ts';
import { DEADLINES_RECOMPUTED, recomputeDeadlines } from './recompute-deadlines.ts';

const PAGE = 1000;

/** Whether the latest write of a year's calendar was followed by a completed recomputation. */
async function recomputedSinceLastWrite(deps: AppDeps, year: number): Promise<boolean> {
  let finished = true;
  for (let fromSeq = 1; ; ) {
    const records = await deps.store.listAudit({
      kind: 'calendar',
      subject: `calendar@${year}`,
      fromSeq,
      limit: PAGE,
    });
    for (const record of records) {
      // The store's own record of a calendar write carries no action; the recomputation's do.
      if (record.payload.action === undefined) finished = false;
      else if (record.payload.action === DEADLINES_RECOMPUTED) finished = true;
    }
    if (records.length < PAGE) return finished;
    fromSeq = records[records.length - 1].seq + 1;
  }
}

/**
 * Finishes the recomputations of stored deadlines that a stopped process left half done (run at
 * startup): every year whose latest calendar write has no completed recomputation after it is
 * recomputed — which also applies calendars written before stored deadlines were recomputed at all.
 * Idempotent; returns the years it recomputed.
 */
export async function resumeDeadlineRecomputes(deps: AppDeps, actor: string): Promise<number[]> {
  const resumed: number[] = [];
  for (const { year } of await deps.store.listCalendars()) {
    if (await recomputedSinceLastWrite(deps, year)) continue;
    await recomputeDeadlines(deps, { year, actor, at: deps.clock.now().toISOString() });
    resumed.push(year);
  }
  return resumed;
}
