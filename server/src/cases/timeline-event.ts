import type { CaseEvent } from '../storage/port.ts';

// What the receipt event keeps for idempotent retries, and no reader needs.
const PRIVATE_DATA = new Set(['requestHash', 'sealedQueryCode', 'receiptClocks']);

/** An event as the timeline shows it: without the receipt's retry bookkeeping. */
export function timelineEvent(event: CaseEvent): CaseEvent {
  if (!Object.keys(event.data).some((k) => PRIVATE_DATA.has(k))) return event;
  const data = Object.fromEntries(Object.entries(event.data).filter(([k]) => !PRIVATE_DATA.has(k)));
  return { ...event, data };
}
