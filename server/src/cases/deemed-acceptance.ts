import type { WorkCalendar } from '@onewindow/runtime/engine';
import type { AuditDraft, CasePatch, CaseRecord, NewCaseEvent } from '../storage/port.ts';
import { acceptanceWindowDue, type ClockNow, caseDeadlines, intakeDate, isPast } from './case-clocks.ts';
import type { ItemTiming } from './item-timing.ts';

/** The actor of what the system records by itself. */
export const SYSTEM_ACTOR = 'system';

/** 视为受理 — a case nobody accepted or sent for supplement within its acceptance window. */
export interface DeemedAcceptance {
  /** The day it counts as accepted: the receipt date (or the day a supplement came in). */
  acceptedOn: string;
  /** The last day of the acceptance window, which has passed. */
  windowDue: string;
}

/**
 * Whether a case is deemed accepted on `now`: still 已收件 after its acceptance window. A pure function
 * of stored data, the definition and the calendar, so every server instance reaches the same answer
 * (no timer is the source of truth); the first write or sweep that sees it persists it.
 */
export function deemedAcceptance(
  c: CaseRecord,
  timing: ItemTiming,
  calendar: WorkCalendar,
  now: ClockNow,
): DeemedAcceptance | null {
  if (c.status !== 'received') return null;
  const windowDue = acceptanceWindowDue(c, timing, calendar, now);
  if (!isPast(windowDue, now)) return null;
  return { acceptedOn: intakeDate(c, now), windowDue };
}

/** The write that records a deemed acceptance: patch, event (with the alert) and audit record. */
export function deemedAcceptanceWrite(
  c: CaseRecord,
  deemed: DeemedAcceptance,
  timing: ItemTiming,
  calendar: WorkCalendar,
  now: ClockNow,
  at: string,
): { patch: CasePatch; event: NewCaseEvent; audit: AuditDraft[] } {
  const accepted = { ...c, status: 'accepted' as const, acceptedAt: deemed.acceptedOn };
  const deadlines = caseDeadlines(accepted, timing, calendar, now)!;
  const patch: CasePatch = {
    status: 'accepted',
    acceptedAt: deemed.acceptedOn,
    promisedDue: deadlines.promised.due,
    statutoryDue: deadlines.statutory.due,
    dueProvisional: deadlines.promised.provisional.length + deadlines.statutory.provisional.length > 0,
  };
  const data = { acceptedOn: deemed.acceptedOn, windowDue: deemed.windowDue, alert: 'deemed-acceptance' };
  return {
    patch,
    event: { type: 'deemed-accept', at, actor: SYSTEM_ACTOR, data },
    audit: [
      {
        kind: 'transition',
        at,
        actor: SYSTEM_ACTOR,
        subject: c.id,
        payload: {
          action: 'accept',
          deemed: true,
          caseNumber: c.caseNumber,
          from: c.status,
          to: 'accepted',
          revision: c.revision + 1,
          definition: { ...c.definition },
          ...data,
        },
      },
    ],
  };
}

/** The case as it stands once its deemed acceptance is applied (for answers computed on read). */
export function withDeemedAcceptance(c: CaseRecord, patch: CasePatch): CaseRecord {
  return { ...c, ...patch };
}
