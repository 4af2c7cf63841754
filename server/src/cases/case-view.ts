import type { WorkCalendar } from '@onewindow/runtime/engine';
import type { CaseRecord } from '../storage/port.ts';
import { allowedCaseActions } from './allowed-case-actions.ts';
import { type CaseClocks, type ClockNow, caseClocks } from './case-clocks.ts';
import type { CaseAction } from './case-state-machine.ts';
import type { ItemTiming } from './item-timing.ts';

/** 视为受理 as a case answer shows it, with the alert it raises. */
export interface DeemedView {
  acceptedOn: string;
  windowDue: string;
  /** False while it is computed on read and not yet written (the next write or sweep records it). */
  recorded: boolean;
  alert: 'deemed-acceptance';
}

/** A case as the API answers it: never the query code's hash; with its clocks and the actions allowed now. */
export type CaseView = Omit<CaseRecord, 'queryCodeHash'> & {
  clocks: CaseClocks;
  allowedActions: CaseAction[];
  deemedAcceptance: DeemedView | null;
};

/** Shapes a stored case for an answer, its clocks computed on `now`. */
export function caseView(
  c: CaseRecord,
  ctx: { timing: ItemTiming; calendar: WorkCalendar; now: ClockNow },
  deemed: DeemedView | null = null,
): CaseView {
  return caseViewWithClocks(c, caseClocks(c, ctx.timing, ctx.calendar, ctx.now), deemed);
}

/** Shapes a stored case for an answer with clocks already computed (a receipt keeps those it answered). */
export function caseViewWithClocks(
  c: CaseRecord,
  clocks: CaseClocks,
  deemed: DeemedView | null = null,
): CaseView {
  const { queryCodeHash: _hidden, ...rest } = c;
  return { ...rest, clocks, allowedActions: allowedCaseActions(c), deemedAcceptance: deemed };
}
