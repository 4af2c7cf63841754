import { hashJson } from '@onewindow/runtime/engine';
import { describe, expect, it } from 'vitest';
import {
  auditRecordHash,
  GENESIS_HASH,
  GENESIS_HEAD,
  sealAuditRecord,
  verifyAuditChain,
} from '../../server/src/audit/seal.ts';
import type { AuditRecord } from '../../server/src/storage/port.ts';
import { auditDraft } from './fixtures.ts';

function chain(n: number): AuditRecord[] {
  const records: AuditRecord[] = [];
  let head = GENESIS_HEAD;
  for (let i = 1; i <= n; i++) {
    const record = sealAuditRecord(auditDraft(`case-${i}`), head);
    records.push(record);
    head = record;
  }
  return records;
}

describe('audit seal', () => {
  it('hashes the canonical JSON of the record without its hash, linked to the head', () => {
    const record = sealAuditRecord(auditDraft('c1', { factsHash: 'f'.repeat(64) }), GENESIS_HEAD);
    const { hash, ...rest } = record;
    expect(record).toMatchObject({ seq: 1, prevHash: GENESIS_HASH, factsHash: 'f'.repeat(64) });
    expect(hash).toBe(hashJson(rest));
    expect(auditRecordHash(rest)).toBe(hash);
    expect(sealAuditRecord(auditDraft('c1'), GENESIS_HEAD).factsHash).toBeNull();
  });

  it('verifies an intact chain, page by page as well', () => {
    const records = chain(10);
    expect(verifyAuditChain(records)).toEqual({
      ok: true,
      checked: 10,
      head: { seq: 10, hash: records[9].hash },
    });
    const first = verifyAuditChain(records.slice(0, 4));
    expect(first.ok && verifyAuditChain(records.slice(4), first.head)).toMatchObject({
      ok: true,
      checked: 6,
    });
    expect(verifyAuditChain([])).toEqual({ ok: true, checked: 0, head: GENESIS_HEAD });
  });

  it('names the first edited record', () => {
    const records = chain(6);
    records[2] = { ...records[2], payload: { outcome: 'reject' } };
    expect(verifyAuditChain(records)).toEqual({ ok: false, checked: 2, firstBrokenSeq: 3, reason: 'hash' });
  });

  it('names the record after one that was replaced with a freshly hashed forgery', () => {
    const records = chain(6);
    const { hash: _, ...forged } = { ...records[2], actor: 'someone-else' };
    records[2] = { ...forged, hash: auditRecordHash(forged) };
    expect(verifyAuditChain(records)).toMatchObject({ ok: false, firstBrokenSeq: 4, reason: 'link' });
  });

  it('names a gap or a reordering', () => {
    const records = chain(5);
    expect(verifyAuditChain([records[0], records[1], records[3], records[4]])).toMatchObject({
      ok: false,
      firstBrokenSeq: 4,
      reason: 'sequence',
    });
    expect(verifyAuditChain([records[1], records[0]])).toMatchObject({
      ok: false,
      firstBrokenSeq: 2,
      reason: 'sequence',
    });
  });

  it('refuses a record too large for the chain', () => {
    expect(() =>
      sealAuditRecord(auditDraft('c', { payload: { form: 'x'.repeat(20_000) } }), GENESIS_HEAD),
    ).toThrow(expect.objectContaining({ code: 'AUDIT_RECORD_TOO_LARGE', status: 422 }));
  });
});
