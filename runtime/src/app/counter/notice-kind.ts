import type { CaseDetail, CaseEvent, CaseStatus } from '../shared/api/api-types.ts';

/** 受理通知书 / 一次性告知书 / 不予受理通知书, or the plain 收件凭证 before any decision. */
export type NoticeKind = 'accepted' | 'supplement' | 'rejected' | 'receipt';

const ACCEPTED: ReadonlySet<CaseStatus> = new Set([
  'accepted',
  'in-review',
  'suspended',
  'approved',
  'denied',
]);

/** The notice a case's state calls for (`requested` wins when the case has that notice to give). */
export function noticeKind(detail: CaseDetail, requested?: string | null): NoticeKind {
  const { status } = detail.case;
  const has = (kind: NoticeKind) =>
    kind === 'receipt' ||
    (kind === 'accepted' && detail.case.acceptedAt !== null) ||
    (kind === 'supplement' && lastEvent(detail.timeline, 'request-supplement') !== undefined) ||
    (kind === 'rejected' && status === 'rejected-at-intake');
  if (
    requested &&
    ['accepted', 'supplement', 'rejected', 'receipt'].includes(requested) &&
    has(requested as NoticeKind)
  ) {
    return requested as NoticeKind;
  }
  if (status === 'rejected-at-intake') return 'rejected';
  if (status === 'supplement-requested') return 'supplement';
  if (ACCEPTED.has(status) && detail.case.acceptedAt !== null) return 'accepted';
  return 'receipt';
}

/** The latest event of a type. */
export function lastEvent(timeline: readonly CaseEvent[], type: string): CaseEvent | undefined {
  return [...timeline].reverse().find((e) => e.type === type);
}
