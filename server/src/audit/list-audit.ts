import type { AppDeps } from '../deps.ts';
import type { AuditKind, AuditRecord } from '../storage/port.ts';

export interface ListAuditInput {
  fromSeq?: number;
  limit?: number;
  kind?: AuditKind;
  subject?: string;
}

export interface AuditPage {
  records: AuditRecord[];
  /** The `fromSeq` of the next page, or null when this page reached the end. */
  nextSeq: number | null;
}

const DEFAULT_LIMIT = 100;

/** A page of the audit log from `fromSeq` on, ascending, optionally of one kind or subject. */
export async function listAudit(deps: AppDeps, input: ListAuditInput): Promise<AuditPage> {
  const limit = input.limit ?? DEFAULT_LIMIT;
  const records = await deps.store.listAudit({ ...input, limit });
  const last = records.at(-1);
  return { records, nextSeq: records.length === limit && last ? last.seq + 1 : null };
}
