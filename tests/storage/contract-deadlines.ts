import { hashJson } from '@onewindow/runtime/engine';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../server/src/errors/index.ts';
import type { CaseRecord, NewCase } from '../../server/src/storage/port.ts';
import { auditDraft, type MakeStore, newCase, receiptEvent, useStore } from './fixtures.ts';

/** The stored deadlines after a holiday calendar changed: which cases, and the set-based rewrite. */
export function deadlinesContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  async function file(id: string, fields: Partial<NewCase>): Promise<CaseRecord> {
    const c: NewCase = {
      ...newCase({ id, caseNumber: `2026120100${id.charCodeAt(0)}` }),
      status: 'accepted',
      acceptedAt: '2026-12-01',
      pauses: [{ from: '2026-12-02', to: '2026-12-03', kind: 'hearing' }],
      extensions: [{ amount: 2, approver: 'chief', reason: '情形复杂', at: '2026-12-02T01:00:00.000Z' }],
      ...fields,
    };
    const { case: filed } = await store().createCase({
      idempotencyKey: `key-${id}`,
      case: c,
      event: receiptEvent(),
      audit: [],
    });
    return filed;
  }

  /** Files the cases of the examples below: which of them a 2027 calendar may move is in the name. */
  async function fileAll() {
    return {
      provisional: await file('a', {
        promisedDue: '2027-01-04',
        statutoryDue: '2027-01-08',
        dueProvisional: true,
      }),
      before: await file('b', { promisedDue: '2026-12-03', statutoryDue: '2026-12-09' }),
      concluded: await file('c', {
        status: 'approved',
        promisedDue: '2027-01-04',
        statutoryDue: '2027-01-08',
        dueProvisional: true,
        concludedAt: '2026-12-31T01:00:00.000Z',
      }),
      received: await file('d', {
        status: 'received',
        acceptedAt: null,
        promisedDue: null,
        statutoryDue: null,
      }),
      statutoryThrough: await file('e', {
        acceptedAt: '2026-12-20',
        promisedDue: '2026-12-24',
        statutoryDue: '2027-01-04T10:00:00+08:00',
      }),
      otherYear: await file('f', {
        promisedDue: '2026-12-03',
        statutoryDue: '2026-12-09',
        dueProvisional: true,
      }),
      acceptedAfter: await file('g', {
        acceptedAt: '2028-01-03',
        promisedDue: '2028-01-06',
        statutoryDue: '2028-01-12',
      }),
    };
  }

  describe('stored deadlines after a calendar change', () => {
    it('lists the open accepted cases whose deadlines are provisional or run through the year, in receipt order, a page at a time', async () => {
      const cases = await fileAll();
      const all = await store().listRunningClocks({ year: 2027 });
      expect(all.cases.map((c) => c.id)).toEqual(['a', 'e', 'f']);
      expect(all.next).toBeNull();
      const { provisional } = cases;
      expect(all.cases[0]).toEqual({
        id: 'a',
        caseNumber: provisional.caseNumber,
        revision: 1,
        definition: provisional.definition,
        status: 'accepted',
        acceptedAt: '2026-12-01',
        pauses: provisional.pauses,
        extensions: provisional.extensions,
        promisedDue: '2027-01-04',
        statutoryDue: '2027-01-08',
        dueProvisional: true,
      });
      const first = await store().listRunningClocks({ year: 2027, limit: 2 });
      expect(first.cases.map((c) => c.id)).toEqual(['a', 'e']);
      const rest = await store().listRunningClocks({ year: 2027, limit: 2, after: first.next! });
      expect(rest).toEqual({ cases: [expect.objectContaining({ id: 'f' })], next: null });
      const in2026 = await store().listRunningClocks({ year: 2026 });
      expect(in2026.cases.map((c) => c.id)).toEqual(['a', 'b', 'e', 'f']);
      await expect(store().listRunningClocks({ year: 2027, after: 'no cursor' })).rejects.toMatchObject({
        status: 422,
      });
    });

    it('rewrites the deadlines with their audit record and facts, keeping the revision and update time', async () => {
      const { provisional, statutoryThrough } = await fileAll();
      const facts = { year: 2027, changes: ['a', 'e'] };
      await store().updateCaseDeadlines({
        updates: [
          {
            caseId: 'a',
            expectedRevision: 1,
            promisedDue: '2027-01-05',
            statutoryDue: '2027-01-11',
            dueProvisional: false,
          },
          {
            caseId: 'e',
            expectedRevision: 1,
            promisedDue: '2026-12-24',
            statutoryDue: '2027-01-05T10:00:00+08:00',
            dueProvisional: false,
          },
        ],
        audit: [auditDraft('calendar@2027', { kind: 'calendar', factsHash: hashJson(facts) })],
        facts: { hash: hashJson(facts), facts },
      });
      expect(await store().getCase({ id: 'a' })).toEqual({
        ...provisional,
        promisedDue: '2027-01-05',
        statutoryDue: '2027-01-11',
        dueProvisional: false,
      });
      expect(await store().getCase({ id: 'e' })).toEqual({
        ...statutoryThrough,
        statutoryDue: '2027-01-05T10:00:00+08:00',
      });
      const [record] = await store().listAudit({ kind: 'calendar' });
      expect(record).toMatchObject({ seq: 1, subject: 'calendar@2027', factsHash: hashJson(facts) });
      expect(await store().getFacts({ hash: hashJson(facts) })).toEqual(facts);
      const dueBefore = (day: string) =>
        store()
          .listInbox({ dueBefore: day })
          .then((page) => page.items.map((c) => c.id));
      expect(await dueBefore('2027-01-05')).not.toContain('a');
      expect(await dueBefore('2027-01-06')).toContain('a');
    });

    it('writes nothing when one case has moved on since its deadlines were computed', async () => {
      const { provisional } = await fileAll();
      const error = await store()
        .updateCaseDeadlines({
          updates: [
            {
              caseId: 'a',
              expectedRevision: 1,
              promisedDue: '2027-01-05',
              statutoryDue: '2027-01-11',
              dueProvisional: false,
            },
            {
              caseId: 'e',
              expectedRevision: 2,
              promisedDue: '2026-12-24',
              statutoryDue: '2027-01-05',
              dueProvisional: false,
            },
          ],
          audit: [auditDraft('calendar@2027', { kind: 'calendar' })],
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ code: 'REVISION_CONFLICT', extensions: { caseIds: ['e'] } });
      expect(await store().getCase({ id: 'a' })).toEqual(provisional);
      expect((await store().getAuditHead()).seq).toBe(0);
    });
  });
}
