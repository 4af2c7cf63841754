import type { CheckResult } from '@onewindow/schemas';
import { ValidationError } from '../errors/index.ts';
import type {
  AuditDraft,
  CaseAttachment,
  CasePatch,
  CaseRecord,
  FactsSnapshot,
  JsonObject,
} from '../storage/port.ts';
import type { CaseActionInput } from './action-input.ts';
import type { CaseContext } from './case-context.ts';
import type { CaseAction } from './case-state-machine.ts';
import { latestCheck } from './latest-check.ts';
import { planRecordSupplement } from './record-supplement-plan.ts';
import { supplementNotice } from './supplement-notice.ts';

/** What one action changes besides the status and the clocks (which the use case derives). */
export interface ActionPlan {
  patch: CasePatch;
  /** Event data beyond the reason: what the timeline must keep (notice, pause kind, approver, ...). */
  data: JsonObject;
  /** Small members for the audit record (never the notice or the form). */
  audit: JsonObject;
  /** `override` is audited as its own kind; everything else as `transition`. */
  auditKind: 'transition' | 'override';
  /** Further records in the same write (the check of a supplement). */
  extraAudit?: AuditDraft[];
  facts?: FactsSnapshot;
  notice?: JsonObject;
  check?: CheckResult;
}

/** What a planner may read. */
export interface PlanContext extends CaseContext {
  actor: string;
  /** The request's attachments, verified against the store and the pinned definition (record-supplement). */
  attachments?: readonly CaseAttachment[];
}

type Planner = (c: CaseRecord, input: CaseActionInput, ctx: PlanContext) => ActionPlan;

function missing(what: string, action: CaseAction): never {
  throw new ValidationError(`The ${action} action needs ${what}.`, { code: 'ACTION_INPUT_MISSING' });
}

/** The moment a pause begins or ends, in the form the item's clocks count in. */
function pauseMoment(ctx: PlanContext): string {
  return ctx.timing.usesHours ? ctx.now.nowLocal : ctx.now.today;
}

/** The end of a pause that began on `from`: now, but never before it began (a clock set back in time). */
export function pauseEnd(from: string, ctx: PlanContext): string {
  const now = pauseMoment(ctx);
  return now < from ? from : now;
}

const plain = (): ActionPlan => ({ patch: {}, data: {}, audit: {}, auditKind: 'transition' });

const PLANNERS: Record<CaseAction, Planner> = {
  // 受理: the clock starts today, or on the day a supplement before acceptance made the case complete.
  accept(c, _input, ctx) {
    const supplemented = c.check.trigger === 'supplement' && typeof c.check.today === 'string';
    const acceptedAt = supplemented ? (c.check.today as string) : pauseMoment(ctx);
    return {
      patch: { acceptedAt },
      data: { acceptedOn: acceptedAt },
      audit: { acceptedOn: acceptedAt },
      auditKind: 'transition',
    };
  },

  // 一次性告知: one notice listing everything the latest check found missing or wrong.
  'request-supplement'(c, _input, ctx) {
    const notice = supplementNotice(latestCheck(c, ctx), ctx.now.today);
    return {
      patch: {},
      data: { notice },
      audit: { noticeItems: notice.count },
      auditKind: 'transition',
      notice,
    };
  },

  'record-supplement': planRecordSupplement,

  // 不予受理, with the rules and legal basis the check gave (the reason is the clerk's own words).
  reject(c, _input, ctx) {
    const rejections = latestCheck(c, ctx).rejections.map((r) => ({ rule: r.rule, basis: r.basis ?? null }));
    return {
      patch: {},
      data: { rejections },
      audit: { rules: rejections.map((r) => r.rule) },
      auditKind: 'transition',
    };
  },

  review: plain,

  // 暂停: a supplement after acceptance or a 特别程序; the clock stops from today (S < d ≤ R is removed).
  suspend(c, input, ctx) {
    if (!input.type) missing('a type (supplement, hearing, testing, expert-review or inspection)', 'suspend');
    const pause = { from: pauseMoment(ctx), to: null, kind: input.type, reason: input.reason!.trim() };
    const notice =
      input.type === 'supplement' ? supplementNotice(latestCheck(c, ctx), ctx.now.today) : undefined;
    return {
      patch: { pauses: [...c.pauses, pause] },
      data: { type: input.type, ...(notice ? { notice } : {}) },
      audit: { type: input.type },
      auditKind: 'transition',
      notice,
    };
  },

  resume(c, _input, ctx) {
    const pauses = c.pauses.map((p) => (p.to === null ? { ...p, to: pauseEnd(p.from, ctx) } : p));
    const resumed = c.pauses.find((p) => p.to === null);
    return {
      patch: { pauses },
      data: { type: resumed?.kind ?? null, suspendedOn: resumed?.from ?? null },
      audit: { type: resumed?.kind ?? null },
      auditKind: 'transition',
    };
  },

  // 延期 (行政许可法 §42): approved by someone, with a reason, adding to the limits.
  extend(c, input, ctx) {
    if (!input.approver?.trim()) missing('an approver', 'extend');
    if (input.amount === undefined) missing('an amount', 'extend');
    const extension = {
      amount: input.amount,
      approver: input.approver.trim(),
      reason: input.reason!.trim(),
      at: ctx.at,
    };
    return {
      patch: { extensions: [...c.extensions, extension] },
      data: { approver: extension.approver, amount: extension.amount },
      audit: { approver: extension.approver, amount: extension.amount },
      auditKind: 'transition',
    };
  },

  approve: plain,
  deny: plain,
  withdraw: plain,

  // 更改审查结论: the outcome in force changes; the check itself stays as it was.
  override(c, input, ctx) {
    if (!input.outcome) missing('an outcome (accept, incomplete or reject)', 'override');
    if (input.outcome === c.outcome) {
      throw new ValidationError(`The outcome in force is already ${c.outcome}.`, {
        code: 'OVERRIDE_UNCHANGED',
      });
    }
    const override = { outcome: input.outcome, reason: input.reason!.trim(), by: ctx.actor, at: ctx.at };
    const change = { from: c.outcome, to: input.outcome, checkOutcome: c.check.outcome };
    return {
      patch: { override, outcome: input.outcome },
      data: change,
      audit: change,
      auditKind: 'override',
    };
  },
};

/** The plan of `action` on `c` (legality, revision and reason are checked by the caller). */
export function planAction(
  action: CaseAction,
  c: CaseRecord,
  input: CaseActionInput,
  ctx: PlanContext,
): ActionPlan {
  return PLANNERS[action](c, input, ctx);
}
