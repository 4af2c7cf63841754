import type { CheckResult } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';
import { ConflictError, NotFoundError, ValidationError } from '../errors/index.ts';
import type { Actor } from '../http/route.ts';
import type { AuditDraft, CasePatch, CaseRecord, JsonObject } from '../storage/port.ts';
import type { CaseActionInput } from './action-input.ts';
import { pauseEnd, planAction } from './action-plans.ts';
import { allowedCaseActions, isCaseAction } from './allowed-case-actions.ts';
import { caseDeadlines } from './case-clocks.ts';
import { loadCaseContext } from './case-context.ts';
import { type CaseAction, CONCLUDED, nextStatus, REASON_REQUIRED } from './case-state-machine.ts';
import { type CaseView, caseView } from './case-view.ts';
import { persistDeemedAcceptance } from './persist-deemed-acceptance.ts';
import { resolveAttachments } from './resolve-attachments.ts';

export interface ApplyCaseActionArgs {
  caseId: string;
  action: string;
  actor: Actor;
  input: CaseActionInput;
}

export interface CaseActionAnswer {
  case: CaseView;
  /** The supplement notice the action issued (request-supplement, suspend for a supplement). */
  notice?: JsonObject;
  /** The new check (record-supplement). */
  check?: CheckResult;
}

function illegal(c: CaseRecord, action: CaseAction | string, allowed: CaseAction[]): ConflictError {
  return new ConflictError(`Case ${c.caseNumber} is ${c.status}: ${action} is not allowed now.`, {
    code: 'ILLEGAL_TRANSITION',
    extensions: { status: c.status, outcome: c.outcome, allowed },
  });
}

/**
 * One transition of a case (办件流转): checks the revision, records a due deemed acceptance first (as
 * its own event), checks the action is allowed and carries a reason where the law wants one, applies it
 * with recomputed clocks, and appends the event and its audit record in one store operation.
 */
export async function applyCaseAction(deps: AppDeps, args: ApplyCaseActionArgs): Promise<CaseActionAnswer> {
  const stored = await deps.store.getCase({ id: args.caseId });
  if (!stored) throw new NotFoundError(`No case ${args.caseId}.`);
  if (!isCaseAction(args.action)) {
    throw new NotFoundError(`There is no action ${JSON.stringify(args.action)}.`, {
      code: 'UNKNOWN_ACTION',
      extensions: { allowed: allowedCaseActions(stored) },
    });
  }
  const action = args.action;
  const { input } = args;
  if (stored.revision !== input.expectedRevision) {
    throw ConflictError.staleRevision(`Case ${stored.caseNumber}`, input.expectedRevision, stored.revision);
  }
  const ctx = { ...(await loadCaseContext(deps, stored.definition)), actor: args.actor.username };

  const c = await persistDeemedAcceptance(deps, stored, ctx);
  const deemedJustNow =
    c.revision === stored.revision + 1 && c.status === 'accepted' && stored.status === 'received';
  if (c.revision !== stored.revision && !deemedJustNow) {
    throw ConflictError.staleRevision(`Case ${c.caseNumber}`, input.expectedRevision, c.revision);
  }

  const allowed = allowedCaseActions(c);
  if (!allowed.includes(action)) throw illegal(c, action, allowed);
  const reason = input.reason?.trim();
  if (REASON_REQUIRED.has(action) && !reason) {
    throw new ValidationError(`The ${action} action needs a written reason.`, { code: 'REASON_REQUIRED' });
  }

  if (input.attachments && input.attachments.length > 0 && action !== 'record-supplement') {
    throw new ValidationError('Only record-supplement attaches scans.', { code: 'ATTACHMENTS_NOT_ALLOWED' });
  }
  const attachments = input.attachments?.length
    ? await resolveAttachments(deps, ctx.compiled.definition, input.attachments)
    : [];

  const plan = planAction(action, c, input, { ...ctx, attachments });
  const to = nextStatus(c.status, action)!;
  const patch: CasePatch = { ...plan.patch, status: to };
  if (CONCLUDED.has(to) && c.concludedAt === null) {
    patch.concludedAt = ctx.at;
    // A case concluded while suspended (withdrawn) stops its pause with it.
    const pauses = patch.pauses ?? c.pauses;
    if (pauses.some((p) => p.to === null)) {
      patch.pauses = pauses.map((p) => (p.to === null ? { ...p, to: pauseEnd(p.from, ctx) } : p));
    }
  }
  const deadlines = caseDeadlines({ ...c, ...patch }, ctx.timing, ctx.calendar, ctx.now);
  if (deadlines) {
    patch.promisedDue = deadlines.promised.due;
    patch.statutoryDue = deadlines.statutory.due;
    patch.dueProvisional = deadlines.promised.provisional.length + deadlines.statutory.provisional.length > 0;
  }

  const reasonData: JsonObject = reason ? { reason } : {};
  const audit: AuditDraft[] = [
    ...(plan.extraAudit ?? []),
    {
      kind: plan.auditKind,
      at: ctx.at,
      actor: ctx.actor,
      subject: c.id,
      payload: {
        action,
        caseNumber: c.caseNumber,
        from: c.status,
        to,
        revision: c.revision + 1,
        definition: { ...c.definition },
        ...reasonData,
        ...plan.audit,
      },
    },
  ];
  const updated = await deps.store.transitionCase({
    caseId: c.id,
    expectedRevision: c.revision,
    patch,
    event: { type: action, at: ctx.at, actor: ctx.actor, data: { ...reasonData, ...plan.data } },
    audit,
    facts: plan.facts,
  });
  return {
    case: caseView(updated, ctx),
    ...(plan.notice ? { notice: plan.notice } : {}),
    ...(plan.check ? { check: plan.check } : {}),
  };
}
