import type { CaseEvent } from '../shared/api/api-types.ts';

/** A scan as a timeline event names it: which material, which stored file, under what name. */
export interface EventScan {
  material: string;
  sha256: string;
  name: string;
}

function isScan(value: unknown): value is EventScan {
  if (value === null || typeof value !== 'object') return false;
  const s = value as Record<string, unknown>;
  return typeof s.material === 'string' && typeof s.sha256 === 'string' && typeof s.name === 'string';
}

/**
 * The scans an event brought: the receipt's `attachments`, a supplement's `attachmentsAdded` (the
 * server records only the files new to the case). Empty for every other event.
 */
export function eventScans(event: CaseEvent): EventScan[] {
  const list = event.type === 'receive' ? event.data.attachments : event.data.attachmentsAdded;
  return Array.isArray(list) ? list.filter(isScan) : [];
}
