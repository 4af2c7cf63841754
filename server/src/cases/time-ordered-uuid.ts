import { randomUUID } from 'node:crypto';

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits (those of a
 * `randomUUID`, whose variant bits already say RFC 9562). Ids made later sort after earlier ones (to
 * the millisecond), so a new case lands at the end of every index keyed by its id (the case, its
 * events, its audit records) instead of on a random page of each: a batch of receipts rewrites a
 * few pages there, not one page per receipt per index.
 */
export function timeOrderedUuid(now: number = Date.now()): string {
  const time = Math.floor(now).toString(16).padStart(12, '0').slice(-12);
  const random = randomUUID();
  return `${time.slice(0, 8)}-${time.slice(8)}-7${random.slice(15, 18)}-${random.slice(19)}`;
}
