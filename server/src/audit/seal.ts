import { canonicalJson } from '@onewindow/runtime/engine';
import { ValidationError } from '../errors/index.ts';
import { nativeSha256Hex as sha256Hex } from '../native-sha256.ts';
import type { AuditDraft, AuditHead, AuditRecord } from '../storage/records.ts';

/** The `prevHash` of the first record: there is nothing before it. */
export const GENESIS_HASH = '0'.repeat(64);

/** The head of an empty chain. */
export const GENESIS_HEAD: AuditHead = { seq: 0, hash: GENESIS_HASH };

/**
 * A record's canonical JSON beyond this is refused: records carry references (definition, facts hash,
 * rule ids), not documents, so a large one is a programming error that would bloat the chain.
 */
export const MAX_AUDIT_RECORD_CHARS = 16_384;

/** The hash of a record: sha256 of the canonical JSON (RFC 8785) of every member but `hash`. */
export function auditRecordHash(record: Omit<AuditRecord, 'hash'>): string {
  const { seq, prevHash, kind, at, actor, subject, factsHash, payload } = record;
  return sha256Hex(canonicalJson({ seq, prevHash, kind, at, actor, subject, factsHash, payload }));
}

/**
 * Links `draft` after `head`: seq = head.seq + 1, prevHash = head.hash, then the hash over all of it.
 * `at` must already be in the store's instant form (adapters normalise it first), because the hash
 * covers the exact text that is stored.
 */
export function sealAuditRecord(draft: AuditDraft, head: AuditHead): AuditRecord {
  const unsealed: Omit<AuditRecord, 'hash'> = {
    seq: head.seq + 1,
    prevHash: head.hash,
    kind: draft.kind,
    at: draft.at,
    actor: draft.actor,
    subject: draft.subject,
    factsHash: draft.factsHash ?? null,
    payload: draft.payload,
  };
  const text = canonicalJson(unsealed);
  if (text.length > MAX_AUDIT_RECORD_CHARS) {
    throw new ValidationError(
      `An audit record of ${text.length} characters is too large (at most ${MAX_AUDIT_RECORD_CHARS}); refer to data by hash instead.`,
      { code: 'AUDIT_RECORD_TOO_LARGE' },
    );
  }
  return { ...unsealed, hash: sha256Hex(text) };
}

/** Why a record breaks the chain. */
export type ChainBreak =
  /** Its content no longer matches its hash (it was edited). */
  | 'hash'
  /** Its prevHash is not the previous record's hash (a record before it was replaced or removed). */
  | 'link'
  /** Its seq does not follow the previous one (a gap, a duplicate or a reordering). */
  | 'sequence';

export type ChainVerdict =
  | { ok: true; checked: number; head: AuditHead }
  | { ok: false; checked: number; firstBrokenSeq: number; reason: ChainBreak };

/**
 * Verifies records in seq order, starting after `from` (the genesis by default). To verify a long
 * chain page by page, pass the previous page's `head` as `from`. `checked` counts the records that
 * verified before the first break.
 */
export function verifyAuditChain(
  records: Iterable<AuditRecord>,
  from: AuditHead = GENESIS_HEAD,
): ChainVerdict {
  let head = from;
  let checked = 0;
  for (const record of records) {
    const broken = (reason: ChainBreak): ChainVerdict => ({
      ok: false,
      checked,
      firstBrokenSeq: record.seq,
      reason,
    });
    if (record.seq !== head.seq + 1) return broken('sequence');
    if (auditRecordHash(record) !== record.hash) return broken('hash');
    if (record.prevHash !== head.hash) return broken('link');
    head = { seq: record.seq, hash: record.hash };
    checked++;
  }
  return { ok: true, checked, head };
}
