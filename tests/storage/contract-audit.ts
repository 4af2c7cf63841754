import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, verifyAuditChain } from '../../server/src/audit/seal.ts';
import { StorageError, ValidationError } from '../../server/src/errors/index.ts';
import { auditDraft, factsSnapshot, type MakeStore, useStore } from './fixtures.ts';

export function auditContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('audit chain', () => {
    it('starts at the genesis and links each record to the one before', async () => {
      expect(await store().getAuditHead()).toEqual({ seq: 0, hash: GENESIS_HASH });
      const first = await store().appendAudit({
        record: auditDraft('case-1', { at: '2026-11-29T09:00:00+08:00' }),
      });
      const second = await store().appendAudit({ record: auditDraft('case-2', { kind: 'override' }) });
      expect(first).toMatchObject({
        seq: 1,
        prevHash: GENESIS_HASH,
        at: '2026-11-29T01:00:00.000Z',
        factsHash: null,
      });
      expect(second).toMatchObject({ seq: 2, prevHash: first.hash });
      expect(await store().getAuditHead()).toEqual({ seq: 2, hash: second.hash });
      expect(await store().getAuditRecord({ seq: 1 })).toEqual(first);
      expect(await store().getAuditRecord({ seq: 3 })).toBeNull();
      expect(verifyAuditChain(await store().listAudit({}))).toEqual({
        ok: true,
        checked: 2,
        head: { seq: 2, hash: second.hash },
      });
    });

    it('stays linear under 200 concurrent appends: seqs 1..200, no gaps, every link right', async () => {
      const appended = await Promise.all(
        Array.from({ length: 200 }, (_, i) => store().appendAudit({ record: auditDraft(`case-${i}`) })),
      );
      expect(appended.map((r) => r.seq).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 200 }, (_, i) => i + 1),
      );
      const records = [...(await store().listAudit({ fromSeq: 1, limit: 1000 }))];
      expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
      for (let i = 1; i < records.length; i++) expect(records[i].prevHash).toBe(records[i - 1].hash);
      expect(verifyAuditChain(records).ok).toBe(true);
      expect((await store().getAuditHead()).seq).toBe(200);
    });

    it('fails one bad append alone while concurrent good ones go through', async () => {
      const results = await Promise.allSettled([
        store().appendAudit({ record: auditDraft('a') }),
        store().appendAudit({ record: auditDraft('bad', { payload: { form: 'x'.repeat(20_000) } }) }),
        store().appendAudit({ record: auditDraft('b') }),
      ]);
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      const records = await store().listAudit({});
      expect(records.map((r) => r.subject).sort()).toEqual(['a', 'b']);
      expect(verifyAuditChain(records).ok).toBe(true);
    });

    it('pages by seq and filters by kind and subject', async () => {
      for (let i = 1; i <= 12; i++) {
        await store().appendAudit({
          record: auditDraft(i % 2 ? 'odd' : 'even', { kind: i % 3 ? 'check' : 'override' }),
        });
      }
      expect((await store().listAudit({ fromSeq: 5, limit: 3 })).map((r) => r.seq)).toEqual([5, 6, 7]);
      expect((await store().listAudit({ kind: 'override' })).map((r) => r.seq)).toEqual([3, 6, 9, 12]);
      expect((await store().listAudit({ subject: 'even', fromSeq: 7 })).map((r) => r.seq)).toEqual([
        8, 10, 12,
      ]);
      expect((await store().listAudit({ subject: 'odd', kind: 'override' })).map((r) => r.seq)).toEqual([
        3, 9,
      ]);
      const firstPage = await store().listAudit({ limit: 5 });
      const rest = await store().listAudit({ fromSeq: 6 });
      const page1 = verifyAuditChain(firstPage);
      expect(page1.ok).toBe(true);
      if (page1.ok) expect(verifyAuditChain(rest, page1.head)).toMatchObject({ ok: true, checked: 7 });
    });
  });

  describe('facts snapshots', () => {
    it('stores a snapshot once, by its hash', async () => {
      const snapshot = factsSnapshot('张三');
      expect(await store().putFacts(snapshot)).toEqual({ created: true });
      expect(await store().putFacts(snapshot)).toEqual({ created: false });
      expect(await store().getFacts({ hash: snapshot.hash })).toEqual(snapshot.facts);
      expect(await store().getFacts({ hash: 'e'.repeat(64) })).toBeNull();
    });

    it('refuses facts that do not match their hash', async () => {
      const snapshot = factsSnapshot('张三');
      const error = await store()
        .putFacts({
          hash: snapshot.hash,
          facts: { form: { name: '张三' }, materials: ['id-card'], today: '2030-01-01' },
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(error).toMatchObject({ code: 'FACTS_HASH_MISMATCH' });
    });

    it('stores the facts a record refers to together with the record, and only once for many records', async () => {
      const snapshot = factsSnapshot('李四');
      for (let i = 0; i < 3; i++) {
        await store().appendAudit({
          record: auditDraft('case', { factsHash: snapshot.hash }),
          facts: snapshot,
        });
      }
      expect(await store().getFacts({ hash: snapshot.hash })).toEqual(snapshot.facts);
      expect(await store().putFacts(snapshot)).toEqual({ created: false });
      expect((await store().listAudit({})).map((r) => r.factsHash)).toEqual([
        snapshot.hash,
        snapshot.hash,
        snapshot.hash,
      ]);
    });

    it('refuses an oversized record rather than bloating the chain', async () => {
      await expect(
        store().appendAudit({ record: auditDraft('case', { payload: { form: 'x'.repeat(20_000) } }) }),
      ).rejects.toMatchObject({ code: 'AUDIT_RECORD_TOO_LARGE' });
      expect((await store().getAuditHead()).seq).toBe(0);
    });
  });

  describe('lifecycle', () => {
    it('answers ping while open, and fails with a storage error once closed', async () => {
      await expect(store().ping()).resolves.toBeUndefined();
      await store().close();
      const error = await store()
        .ping()
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as StorageError).detail).not.toMatch(/select|sqlite|mongo/i);
    });
  });
}
