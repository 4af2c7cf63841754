import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/src/audit/seal.ts';
import { ConflictError, NotFoundError } from '../../server/src/errors/index.ts';
import {
  auditDraft,
  concurrently,
  factsSnapshot,
  type MakeStore,
  newCase,
  receiptEvent,
  useStore,
} from './fixtures.ts';

export function casesContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  async function receive(id: string, key = `key-${id}`, caseNumber = `20261129${id.padStart(5, '0')}`) {
    const facts = factsSnapshot(id);
    return store().createCase({
      idempotencyKey: key,
      case: newCase({ id, caseNumber, factsHash: facts.hash }),
      event: receiptEvent(),
      audit: [auditDraft(id, { factsHash: facts.hash })],
      facts,
    });
  }

  describe('case numbers', () => {
    it('numbers the cases of a day 00001, 00002, ... in blocks, and starts again on another day', async () => {
      const take = (day: string, count: number) => store().reserveCaseNumbers({ day, count });
      expect(await take('2026-11-29', 1)).toEqual(['2026112900001']);
      expect(await take('2026-11-29', 3)).toEqual(['2026112900002', '2026112900003', '2026112900004']);
      expect(await take('2026-11-30', 2)).toEqual(['2026113000001', '2026113000002']);
      expect(await take('2026-11-29', 1)).toEqual(['2026112900005']);
      await expect(take('29/11/2026', 1)).rejects.toMatchObject({ status: 422 });
    });

    it('never hands out one number twice under concurrency', async () => {
      const blocks = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          store().reserveCaseNumbers({ day: '2026-12-01', count: 1 + (i % 3) }),
        ),
      );
      const numbers = blocks.flat();
      expect(numbers).toHaveLength(99);
      expect(new Set(numbers).size).toBe(99);
      expect([...numbers].sort().at(-1)).toBe('2026120100099');
    });
  });

  describe('receipt', () => {
    it('files the case with its first event, its audit record and its facts, as one operation', async () => {
      const { case: filed, created } = await receive('1');
      expect(created).toBe(true);
      expect(filed).toMatchObject({ id: '1', revision: 1, status: 'received', updatedAt: filed.receivedAt });
      expect(filed.formData).toEqual({ name: '张三', nested: { list: [1, 2, { deep: true }] } });
      expect(await store().getCase({ id: '1' })).toEqual(filed);
      expect(await store().getCase({ caseNumber: filed.caseNumber })).toEqual(filed);
      expect(await store().getCase({ id: 'none' })).toBeNull();

      const events = await store().listCaseEvents({ caseId: '1' });
      expect(events).toEqual([
        {
          caseId: '1',
          seq: 1,
          type: 'receive',
          at: '2026-11-29T01:00:00.000Z',
          actor: 'clerk1',
          fromStatus: null,
          toStatus: 'received',
          data: { channel: 'counter' },
        },
      ]);
      const [record] = await store().listAudit({ subject: '1' });
      expect(record).toMatchObject({ seq: 1, kind: 'check', factsHash: filed.check.factsHash });
      expect(await store().getFacts({ hash: filed.check.factsHash })).toEqual(factsSnapshot('1').facts);
    });

    it('finds a case by the idempotency key it was filed with', async () => {
      const { case: filed } = await receive('1', 'the-key');
      expect(await store().getCase({ idempotencyKey: 'the-key' })).toEqual(filed);
      expect(await store().getCase({ idempotencyKey: 'another-key' })).toBeNull();
    });

    it('returns the existing case for a repeated idempotency key, writing nothing more', async () => {
      const first = await receive('1', 'same-key');
      const second = await receive('2', 'same-key', '2026112900099');
      expect(second).toEqual({ case: first.case, created: false });
      expect(await store().getCase({ id: '2' })).toBeNull();
      expect((await store().getAuditHead()).seq).toBe(1);
      expect(await store().listCaseEvents({ caseId: '1' })).toHaveLength(1);
    });

    it('files one case for 20 concurrent receipts with one idempotency key', async () => {
      const results = await concurrently(20, (i) =>
        receive(`c${i}`, 'retry-storm', `20261129${String(100 + i)}`),
      );
      const fulfilled = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      expect(fulfilled).toHaveLength(20);
      expect(fulfilled.filter((r) => r.created)).toHaveLength(1);
      expect(new Set(fulfilled.map((r) => r.case.id)).size).toBe(1);
      expect((await store().listInbox({})).total).toBe(1);
      expect((await store().getAuditHead()).seq).toBe(1);
    });

    it('files 200 concurrent receipts with distinct numbers and a linear chain, failing a bad one alone', async () => {
      const facts = factsSnapshot('many');
      const results = await concurrently(200, (i) =>
        store().createCase({
          idempotencyKey: `many-${i}`,
          // Receipt 77 reuses receipt 5's id: it fails, in the midst of the others.
          case: {
            ...newCase({ id: i === 77 ? 'r5' : `r${i}`, caseNumber: '', factsHash: facts.hash }),
            caseNumber: { nextOfDay: '2026-11-30' },
          },
          event: receiptEvent(),
          audit: [auditDraft(`r${i}`, { factsHash: facts.hash })],
          facts,
        }),
      );
      expect(results[77]).toMatchObject({ status: 'rejected', reason: { status: 409 } });
      const filed = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value.case] : []));
      expect(filed).toHaveLength(199);
      expect(new Set(filed.map((c) => c.caseNumber)).size).toBe(199);
      for (const c of filed) expect(await store().getCase({ id: c.id })).toEqual(c);
      expect((await store().listInbox({})).total).toBe(199);
      const records = await store().listAudit({ limit: 1000 });
      expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 199 }, (_, i) => i + 1));
      expect(records.some((r) => r.subject === 'r77')).toBe(false);
      expect(verifyAuditChain(records).ok).toBe(true);
    });

    it("takes the day's next number inside the receipt, and none for a replayed key", async () => {
      const file = (id: string, key: string) =>
        store().createCase({
          idempotencyKey: key,
          case: { ...newCase({ id, caseNumber: '' }), caseNumber: { nextOfDay: '2026-11-29' } },
          event: receiptEvent(),
          audit: [],
        });
      expect((await file('a', 'ka')).case.caseNumber).toBe('2026112900001');
      expect((await file('b', 'ka')).case.caseNumber).toBe('2026112900001');
      expect((await file('c', 'kc')).case.caseNumber).toBe('2026112900002');
      expect(await store().reserveCaseNumbers({ day: '2026-11-29', count: 1 })).toEqual(['2026112900003']);
      expect((await store().getCase({ caseNumber: '2026112900002' }))?.id).toBe('c');
    });

    it('refuses a second case with a taken case number', async () => {
      await receive('1', 'k1', '2026112900001');
      await expect(receive('2', 'k2', '2026112900001')).rejects.toMatchObject({
        status: 409,
        code: 'DUPLICATE',
      });
      expect(await store().getCase({ id: '2' })).toBeNull();
    });

    it('writes nothing when a part of the receipt fails', async () => {
      const facts = factsSnapshot('x');
      const tooBig = auditDraft('x', { payload: { form: 'x'.repeat(20_000) } });
      await expect(
        store().createCase({
          idempotencyKey: 'k',
          case: newCase({ id: 'x', caseNumber: '2026112900007' }),
          event: receiptEvent(),
          audit: [auditDraft('x'), tooBig],
          facts,
        }),
      ).rejects.toMatchObject({ code: 'AUDIT_RECORD_TOO_LARGE' });
      expect(await store().getCase({ id: 'x' })).toBeNull();
      expect(await store().listCaseEvents({ caseId: 'x' })).toEqual([]);
      expect((await store().getAuditHead()).seq).toBe(0);
      expect(await store().getFacts({ hash: facts.hash })).toBeNull();
      expect((await receive('x', 'k', '2026112900007')).created).toBe(true);
    });

    it('writes nothing of a receipt that fails among others sent at once, and all of the others', async () => {
      // Sent together, SQLite's group commit runs them in one transaction; the middle one fails after
      // its case row and its event are written (an instant that is not one, in its audit record).
      const settled = await concurrently(3, (i) =>
        store().createCase({
          idempotencyKey: `k${i}`,
          case: newCase({ id: `c${i}`, caseNumber: `202611290002${i}` }),
          event: receiptEvent(),
          audit: [auditDraft(`c${i}`, i === 1 ? { at: 'not a date' } : {})],
          facts: factsSnapshot(`c${i}`),
        }),
      );
      expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
      expect(settled[1]).toMatchObject({ reason: { code: 'BAD_INSTANT' } });
      expect(await store().getCase({ id: 'c1' })).toBeNull();
      expect(await store().getCase({ idempotencyKey: 'k1' })).toBeNull();
      expect(await store().listCaseEvents({ caseId: 'c1' })).toEqual([]);
      expect(await store().getFacts({ hash: factsSnapshot('c1').hash })).toBeNull();
      for (const id of ['c0', 'c2']) {
        expect((await store().getCase({ id }))?.revision).toBe(1);
        expect(await store().listCaseEvents({ caseId: id })).toHaveLength(1);
        expect(await store().getFacts({ hash: factsSnapshot(id).hash })).toEqual(factsSnapshot(id).facts);
      }
      const audit = await store().listAudit({});
      expect(audit.map((r) => r.subject).sort()).toEqual(['c0', 'c2']);
      expect(verifyAuditChain(audit).ok).toBe(true);
      expect((await receive('c1', 'k1', '2026112900021')).created).toBe(true);
    });
  });

  describe('transitions', () => {
    it('applies the patch, appends the event with both statuses and the audit record, and moves the revision on', async () => {
      await receive('1');
      const accepted = await store().transitionCase({
        caseId: '1',
        expectedRevision: 1,
        patch: {
          status: 'accepted',
          acceptedAt: '2026-11-30',
          promisedDue: '2026-12-07',
          dueProvisional: true,
        },
        event: { type: 'accept', at: '2026-11-30T02:00:00Z', actor: 'clerk2' },
        audit: [auditDraft('1', { kind: 'transition', payload: { action: 'accept' } })],
      });
      expect(accepted).toMatchObject({
        status: 'accepted',
        revision: 2,
        acceptedAt: '2026-11-30',
        promisedDue: '2026-12-07',
        dueProvisional: true,
        updatedAt: '2026-11-30T02:00:00.000Z',
        applicantName: '张三',
      });
      expect(await store().getCase({ id: '1' })).toEqual(accepted);
      const events = await store().listCaseEvents({ caseId: '1' });
      expect(events.map((e) => [e.seq, e.type, e.fromStatus, e.toStatus])).toEqual([
        [1, 'receive', null, 'received'],
        [2, 'accept', 'received', 'accepted'],
      ]);
      expect(events[1].data).toEqual({});
      expect((await store().listAudit({ subject: '1' })).map((r) => r.kind)).toEqual(['check', 'transition']);

      const suspended = await store().transitionCase({
        caseId: '1',
        expectedRevision: 2,
        patch: {
          status: 'suspended',
          pauses: [{ from: '2026-12-01', to: null, kind: 'hearing', reason: '听证' }],
          override: { outcome: 'reject', reason: '材料伪造', by: 'clerk2', at: '2026-12-01T00:00:00.000Z' },
        },
        event: { type: 'suspend', at: '2026-12-01T00:00:00Z', actor: 'clerk2', data: { reason: '听证' } },
        audit: [],
      });
      expect(suspended.pauses).toEqual([{ from: '2026-12-01', to: null, kind: 'hearing', reason: '听证' }]);
      expect(suspended.override?.reason).toBe('材料伪造');
      expect(suspended.acceptedAt).toBe('2026-11-30');
    });

    it('refuses a stale revision with the current one and writes nothing', async () => {
      await receive('1');
      const step = (expectedRevision: number) =>
        store().transitionCase({
          caseId: '1',
          expectedRevision,
          patch: { status: 'accepted' },
          event: { type: 'accept', at: '2026-11-30T02:00:00Z', actor: 'clerk2' },
          audit: [auditDraft('1', { kind: 'transition' })],
        });
      await step(1);
      const error = await step(1).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ code: 'REVISION_CONFLICT', extensions: { currentRevision: 2 } });
      expect(await store().listCaseEvents({ caseId: '1' })).toHaveLength(2);
      expect((await store().getAuditHead()).seq).toBe(2);
      await expect(
        store().transitionCase({
          caseId: 'none',
          expectedRevision: 1,
          patch: {},
          event: { type: 'accept', at: '2026-11-30T02:00:00Z', actor: 'c' },
          audit: [],
        }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });

    it('writes nothing of a transition that fails after its case row is updated', async () => {
      await receive('1');
      await receive('2');
      const step = (caseId: string, at: string) =>
        store().transitionCase({
          caseId,
          expectedRevision: 1,
          patch: { status: 'accepted', acceptedAt: '2026-11-30' },
          event: { type: 'accept', at: '2026-11-30T02:00:00Z', actor: 'clerk2' },
          audit: [auditDraft(caseId, { kind: 'transition', at })],
        });
      const [bad, good] = await Promise.allSettled([
        step('1', 'not a date'),
        step('2', '2026-11-30T02:00:00Z'),
      ]);
      expect(bad).toMatchObject({ status: 'rejected', reason: { code: 'BAD_INSTANT' } });
      expect(good).toMatchObject({ status: 'fulfilled', value: { status: 'accepted', revision: 2 } });
      expect(await store().getCase({ id: '1' })).toMatchObject({
        status: 'received',
        revision: 1,
        acceptedAt: null,
      });
      expect(await store().listCaseEvents({ caseId: '1' })).toHaveLength(1);
      const audit = await store().listAudit({});
      expect(audit.map((r) => `${r.subject}:${r.kind}`)).toEqual(['1:check', '2:check', '2:transition']);
      expect(verifyAuditChain(audit).ok).toBe(true);
    });

    it('lets one of several concurrent transitions from the same revision win', async () => {
      await receive('1');
      const results = await concurrently(10, (i) =>
        store().transitionCase({
          caseId: '1',
          expectedRevision: 1,
          patch: { status: i % 2 ? 'accepted' : 'supplement-requested' },
          event: { type: 'step', at: '2026-11-30T02:00:00Z', actor: `clerk${i}` },
          audit: [auditDraft('1', { kind: 'transition' })],
        }),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      expect((await store().getCase({ id: '1' }))?.revision).toBe(2);
      expect(await store().listCaseEvents({ caseId: '1' })).toHaveLength(2);
      expect(verifyAuditChain(await store().listAudit({})).ok).toBe(true);
      expect((await store().getAuditHead()).seq).toBe(2);
    });

    it('stores a new facts snapshot with a re-check in the same operation', async () => {
      await receive('1');
      const facts = factsSnapshot('补正后');
      await store().transitionCase({
        caseId: '1',
        expectedRevision: 1,
        patch: { check: { outcome: 'accept', factsHash: facts.hash } },
        event: { type: 'record-supplement', at: '2026-11-30T02:00:00Z', actor: 'clerk2' },
        audit: [auditDraft('1', { factsHash: facts.hash })],
        facts,
      });
      expect(await store().getFacts({ hash: facts.hash })).toEqual(facts.facts);
    });
  });
}
