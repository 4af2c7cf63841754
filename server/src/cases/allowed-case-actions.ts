import type { CaseRecord } from '../storage/port.ts';
import { allowedActions, type CaseAction } from './case-state-machine.ts';

const ACTIONS: ReadonlySet<string> = new Set<CaseAction>([
  'accept',
  'request-supplement',
  'record-supplement',
  'reject',
  'review',
  'suspend',
  'resume',
  'extend',
  'approve',
  'deny',
  'withdraw',
  'override',
]);

/** Whether a path segment names an action. */
export function isCaseAction(value: string): value is CaseAction {
  return ACTIONS.has(value);
}

/**
 * The actions a clerk may take on a case now: the state machine's, narrowed by the outcome in force,
 * because the intake decision follows the check unless a clerk overrides it with a written reason
 * (and overrides are what inspectors read first): 受理 only an `accept`, 补正 only an `incomplete`,
 * 不予受理 at receipt only a `reject` (after a supplement notice, an applicant who never completes it may
 * be refused whatever the check said). A supplement is recorded while suspended only for a supplement.
 */
export function allowedCaseActions(c: Pick<CaseRecord, 'status' | 'outcome' | 'pauses'>): CaseAction[] {
  return allowedActions(c.status).filter((action) => {
    switch (action) {
      case 'accept':
        return c.outcome === 'accept';
      case 'request-supplement':
        return c.outcome === 'incomplete';
      case 'reject':
        return c.status !== 'received' || c.outcome === 'reject';
      case 'record-supplement':
        return c.status !== 'suspended' || c.pauses.some((p) => p.to === null && p.kind === 'supplement');
      default:
        return true;
    }
  });
}
