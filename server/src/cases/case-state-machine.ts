/**
 * 办件状态 — the states of a case and the transitions the law allows between them (DOMAIN.md "Case
 * states"). Pure data: use cases ask it whether an action is allowed and what state follows.
 */
export type CaseStatus =
  | 'received' // 已收件
  | 'supplement-requested' // 待补正
  | 'rejected-at-intake' // 不予受理
  | 'accepted' // 已受理
  | 'in-review' // 审查中
  | 'suspended' // 已暂停 (补正 after acceptance, 特别程序)
  | 'approved' // 准予 (办结)
  | 'denied' // 不予许可 (办结)
  | 'withdrawn'; // 撤回

export type CaseAction =
  | 'accept' // 受理
  | 'request-supplement' // 一次性告知补正
  | 'record-supplement' // 补正材料已收齐
  | 'reject' // 不予受理
  | 'review' // 开始审查
  | 'suspend' // 暂停 (特别程序 / 受理后补正)
  | 'resume' // 恢复
  | 'extend' // 延期
  | 'approve' // 准予
  | 'deny' // 不予许可
  | 'withdraw' // 撤回
  | 'override'; // 更改审查结论 (with a written reason)

/** Actions whose event must carry a written reason (the law or inspectors want one). */
export const REASON_REQUIRED: ReadonlySet<CaseAction> = new Set([
  'reject',
  'suspend',
  'extend',
  'deny',
  'withdraw',
  'override',
]);

/** Concluded states: nothing but reading happens after them. */
export const CONCLUDED: ReadonlySet<CaseStatus> = new Set([
  'approved',
  'denied',
  'withdrawn',
  'rejected-at-intake',
]);

/** For each action: the states it may start from and the state it leads to (`null` = unchanged). */
const TRANSITIONS: Record<CaseAction, { from: readonly CaseStatus[]; to: CaseStatus | null }> = {
  accept: { from: ['received'], to: 'accepted' },
  'request-supplement': { from: ['received'], to: 'supplement-requested' },
  'record-supplement': { from: ['supplement-requested', 'suspended'], to: null },
  reject: { from: ['received', 'supplement-requested'], to: 'rejected-at-intake' },
  review: { from: ['accepted'], to: 'in-review' },
  suspend: { from: ['accepted', 'in-review'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'in-review' },
  extend: { from: ['accepted', 'in-review', 'suspended'], to: null },
  approve: { from: ['accepted', 'in-review'], to: 'approved' },
  deny: { from: ['accepted', 'in-review'], to: 'denied' },
  withdraw: {
    from: ['received', 'supplement-requested', 'accepted', 'in-review', 'suspended'],
    to: 'withdrawn',
  },
  override: { from: ['received', 'supplement-requested'], to: null },
};

/** The actions allowed in a state, in a stable order (for 409 answers and the clerk's buttons). */
export function allowedActions(status: CaseStatus): CaseAction[] {
  return (Object.keys(TRANSITIONS) as CaseAction[]).filter((a) => TRANSITIONS[a].from.includes(status));
}

/**
 * The state after `action`, or `undefined` when the action is not allowed in `status`.
 * A supplement recorded before acceptance returns the case to 已收件 for a fresh check; one recorded
 * while suspended (补正 after acceptance) leaves it suspended until it is resumed.
 */
export function nextStatus(status: CaseStatus, action: CaseAction): CaseStatus | undefined {
  const t = TRANSITIONS[action];
  if (!t.from.includes(status)) return undefined;
  if (action === 'record-supplement') return status === 'supplement-requested' ? 'received' : status;
  return t.to ?? status;
}
