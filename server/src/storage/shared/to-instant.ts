import { ValidationError } from '../../errors/index.ts';
import type { Instant } from '../records.ts';

/**
 * The store's one form of an instant: ISO 8601 UTC with milliseconds. Both adapters store this text
 * (SQLite compares it as text; the audit hash covers it), so every instant passes through here.
 */
export function toInstant(value: string): Instant {
  const ms = Date.parse(value);
  if (Number.isNaN(ms))
    throw new ValidationError(`Not a date-time: ${JSON.stringify(value)}`, { code: 'BAD_INSTANT' });
  return new Date(ms).toISOString();
}
