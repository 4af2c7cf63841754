import type { CheckResult, DefinitionRef } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors/index.ts';
import type { CaseEvent, CaseRecord } from '../storage/port.ts';
import { loadCaseContext } from './case-context.ts';
import { type CaseView, caseView, type DeemedView } from './case-view.ts';
import { deemedAcceptance, deemedAcceptanceWrite } from './deemed-acceptance.ts';
import { latestCheck } from './latest-check.ts';
import { timelineEvent } from './timeline-event.ts';

/** A timeline line with the display name of its actor, when the actor is an account. */
export type TimelineEntry = CaseEvent & { actorName?: string };

/** 办件详情: the case, its timeline, its clocks, the pinned definition and the latest check. */
export interface CaseDetail {
  case: CaseView;
  timeline: TimelineEntry[];
  /** `{code, version, hash}` the case was filed under and is judged by. */
  definition: DefinitionRef;
  /** The latest authoritative check, rebuilt from the stored facts (see `latestCheck`). */
  check: CheckResult;
}

/**
 * Reads one case. A due deemed acceptance is applied on read (the same on every instance, since it is
 * computed from stored data) and marked `recorded: false` until a write or the sweep records it.
 */
export async function getCaseDetail(deps: AppDeps, id: string): Promise<CaseDetail> {
  const stored = await deps.store.getCase({ id });
  if (!stored) throw new NotFoundError(`No case ${id}.`);
  const [ctx, events] = await Promise.all([
    loadCaseContext(deps, stored.definition),
    deps.store.listCaseEvents({ caseId: id }),
  ]);
  let c: CaseRecord = stored;
  let deemed: DeemedView | null = null;
  const timeline = events.map(timelineEvent);
  const due = deemedAcceptance(stored, ctx.timing, ctx.calendar, ctx.now);
  if (due) {
    const write = deemedAcceptanceWrite(stored, due, ctx.timing, ctx.calendar, ctx.now, ctx.at);
    c = { ...stored, ...write.patch };
    deemed = { ...due, recorded: false, alert: 'deemed-acceptance' };
    timeline.push({
      caseId: id,
      seq: stored.revision + 1,
      type: write.event.type,
      at: ctx.at,
      actor: write.event.actor,
      fromStatus: stored.status,
      toStatus: 'accepted',
      data: { ...write.event.data, recorded: false },
    });
  } else {
    const recorded = events.find((e) => e.type === 'deemed-accept');
    if (recorded) {
      deemed = {
        acceptedOn: String(recorded.data.acceptedOn),
        windowDue: String(recorded.data.windowDue),
        recorded: true,
        alert: 'deemed-acceptance',
      };
    }
  }
  return {
    case: caseView(c, ctx, deemed),
    timeline: await withActorNames(deps, timeline),
    definition: c.definition,
    check: latestCheck(c, ctx),
  };
}

/**
 * Each event with `actorName`, the display name of the account that acted (as it is now), so that
 * notices and the timeline name the clerk (经办人) rather than a login name. Events by `system` or by
 * an account since deleted keep only `actor`.
 */
async function withActorNames(deps: AppDeps, events: CaseEvent[]): Promise<TimelineEntry[]> {
  const usernames = [...new Set(events.map((e) => e.actor))];
  const accounts = await Promise.all(usernames.map((username) => deps.store.getAccount({ username })));
  const names = new Map<string, string>();
  accounts.forEach((account, i) => {
    if (account && account.displayName.trim() !== '') names.set(usernames[i], account.displayName);
  });
  return events.map((e) => {
    const actorName = names.get(e.actor);
    return actorName === undefined ? e : { ...e, actorName };
  });
}
