import { describe, expect, it } from 'vitest';
import type { CaseStatus, CaseSummary, ListInboxArgs } from '../../server/src/storage/port.ts';
import { type MakeStore, newCase, receiptEvent, useStore } from './fixtures.ts';

const STATUSES: CaseStatus[] = ['received', 'accepted', 'in-review', 'supplement-requested'];
const NAMES = ['张三', '李四', '王小明', 'Ann Smith', '赵六'];

interface Seeded {
  id: string;
  caseNumber: string;
  status: CaseStatus;
  itemCode: string;
  applicantName: string;
  receivedAt: string;
  promisedDue: string | null;
}

/** 40 cases over 10 receipt instants, so that several share a `receivedAt` and the tie-break shows. */
function seedRows(): Seeded[] {
  return Array.from({ length: 40 }, (_, i) => ({
    id: `case-${i}`,
    caseNumber: `202611${String(10 + (i % 10)).padStart(2, '0')}${String(i).padStart(5, '0')}`,
    status: STATUSES[i % STATUSES.length],
    itemCode: i % 3 === 0 ? 'ITEM-B' : 'ITEM-A',
    applicantName: NAMES[i % NAMES.length],
    receivedAt: `2026-11-${String(10 + (i % 10)).padStart(2, '0')}T0${i % 3}:00:00.000Z`,
    promisedDue: i % 7 === 0 ? null : `2026-12-${String(1 + (i % 20)).padStart(2, '0')}`,
  }));
}

/** The inbox order, computed independently: receivedAt desc, then caseNumber desc. */
function expected(rows: Seeded[], keep: (r: Seeded) => boolean): string[] {
  return rows
    .filter(keep)
    .sort((a, b) =>
      a.receivedAt === b.receivedAt
        ? b.caseNumber.localeCompare(a.caseNumber)
        : b.receivedAt.localeCompare(a.receivedAt),
    )
    .map((r) => r.id);
}

export function inboxContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  async function seed(): Promise<Seeded[]> {
    const rows = seedRows();
    for (const r of rows) {
      await store().createCase({
        idempotencyKey: r.id,
        case: newCase(r),
        event: receiptEvent(r.receivedAt),
        audit: [],
      });
    }
    return rows;
  }
  const ids = (items: CaseSummary[]) => items.map((c) => c.id);
  const all = async (args: ListInboxArgs) => {
    const page = await store().listInbox({ ...args, limit: 200 });
    return { ids: ids(page.items), total: page.total };
  };

  describe('inbox', () => {
    it('lists newest received first, ties broken by case number, 20 a page by default, with the total', async () => {
      const rows = await seed();
      const page = await store().listInbox({});
      expect(page.total).toBe(40);
      expect(ids(page.items)).toEqual(expected(rows, () => true).slice(0, 20));
      expect(page.items[0]).toMatchObject({ definition: { version: 1 }, revision: 1, dueProvisional: false });
      expect(page.items[0]).not.toHaveProperty('formData');
      expect(page.items[0]).not.toHaveProperty('queryCodeHash');
    });

    it('pages through every case exactly once in the same order', async () => {
      const rows = await seed();
      const seen: string[] = [];
      for (let offset = 0; offset < 45; offset += 7) {
        const page = await store().listInbox({ offset, limit: 7 });
        expect(page.total).toBe(40);
        seen.push(...ids(page.items));
      }
      expect(seen).toEqual(expected(rows, () => true));
    });

    it('gives every page of every size the same cases in the same order, from the front or the back', async () => {
      const rows = await seed();
      for (const [args, keep] of [
        [{}, () => true],
        [{ status: ['accepted', 'in-review'] }, (r) => r.status === 'accepted' || r.status === 'in-review'],
        [{ itemCode: 'ITEM-A' }, (r) => r.itemCode === 'ITEM-A'],
      ] as [ListInboxArgs, (r: Seeded) => boolean][]) {
        const want = expected(rows, keep);
        for (const limit of [1, 3, 7, 19, 40]) {
          for (let offset = 0; offset <= want.length; offset++) {
            const page = await store().listInbox({ ...args, offset, limit });
            expect({ offset, limit, ids: ids(page.items), total: page.total }).toEqual({
              offset,
              limit,
              ids: want.slice(offset, offset + limit),
              total: want.length,
            });
          }
        }
      }
    });

    it('filters by statuses, item, promised due range, receipt time and text, and combines them', async () => {
      const rows = await seed();
      const check = async (args: ListInboxArgs, keep: (r: Seeded) => boolean) => {
        const want = expected(rows, keep);
        expect(await all(args)).toEqual({ ids: want, total: want.length });
      };
      await check({ status: ['accepted'] }, (r) => r.status === 'accepted');
      await check(
        { status: ['accepted', 'in-review'] },
        (r) => r.status === 'accepted' || r.status === 'in-review',
      );
      await check({ status: [] }, () => true);
      await check({ itemCode: 'ITEM-B' }, (r) => r.itemCode === 'ITEM-B');
      await check({ dueBefore: '2026-12-05' }, (r) => r.promisedDue !== null && r.promisedDue < '2026-12-05');
      await check(
        { dueFrom: '2026-12-05', dueBefore: '2026-12-10' },
        (r) => r.promisedDue !== null && r.promisedDue >= '2026-12-05' && r.promisedDue < '2026-12-10',
      );
      await check(
        { receivedBefore: '2026-11-13T00:00:00.000Z' },
        (r) => r.receivedAt < '2026-11-13T00:00:00.000Z',
      );
      await check({ text: '小明' }, (r) => r.applicantName.includes('小明'));
      await check({ text: 'smith' }, (r) => r.applicantName === 'Ann Smith');
      await check({ text: '00017' }, (r) => r.caseNumber.includes('00017'));
      await check({ text: '%' }, () => false);
      await check(
        { status: ['received', 'accepted'], itemCode: 'ITEM-A', text: '张' },
        (r) =>
          ['received', 'accepted'].includes(r.status) &&
          r.itemCode === 'ITEM-A' &&
          r.applicantName === '张三',
      );
    });

    it('caps the page size and reads past the end as an empty page', async () => {
      await seed();
      expect((await store().listInbox({ limit: 10_000 })).items).toHaveLength(40);
      expect((await store().listInbox({ limit: 0 })).items).toHaveLength(1);
      expect(await store().listInbox({ offset: 100 })).toEqual({ items: [], total: 40 });
    });

    it('finds every case of a common name among many, in order, alone and with other filters', async () => {
      // Over a thousand matches: enough for an adapter to change how it searches.
      const rows: Seeded[] = Array.from({ length: 1100 }, (_, i) => ({
        id: `many-${i}`,
        caseNumber: `2026113${String(i % 2)}${String(i).padStart(5, '0')}`,
        status: STATUSES[i % STATUSES.length],
        itemCode: i % 5 === 0 ? 'ITEM-B' : 'ITEM-A',
        applicantName: i % 23 === 0 ? '李明' : '王芳',
        receivedAt: `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T0${i % 9}:00:00.000Z`,
        promisedDue: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`,
      }));
      for (let i = 0; i < rows.length; i += 100) {
        await Promise.all(
          rows.slice(i, i + 100).map((r) =>
            store().createCase({
              idempotencyKey: r.id,
              case: newCase(r),
              event: receiptEvent(r.receivedAt),
              audit: [],
            }),
          ),
        );
      }
      const page = async (args: ListInboxArgs) => {
        const p = await store().listInbox(args);
        return { ids: ids(p.items), total: p.total };
      };
      const want = (keep: (r: Seeded) => boolean, offset = 0, limit = 20) => {
        const all = expected(rows, keep);
        return { ids: all.slice(offset, offset + limit), total: all.length };
      };
      expect(await page({ text: '王芳' })).toEqual(want((r) => r.applicantName === '王芳'));
      expect(await page({ text: '芳', offset: 500, limit: 30 })).toEqual(
        want((r) => r.applicantName === '王芳', 500, 30),
      );
      expect(await page({ text: '王', status: ['accepted'] })).toEqual(
        want((r) => r.applicantName === '王芳' && r.status === 'accepted'),
      );
      expect(await page({ text: '芳', itemCode: 'ITEM-B', dueBefore: '2026-12-10' })).toEqual(
        want((r) => r.applicantName === '王芳' && r.itemCode === 'ITEM-B' && r.promisedDue! < '2026-12-10'),
      );
      expect(await page({ text: '李明' })).toEqual(want((r) => r.applicantName === '李明'));
      expect(await page({ dueBefore: '2026-12-05', offset: 40 })).toEqual(
        want((r) => r.promisedDue! < '2026-12-05', 40),
      );
      // Pages an adapter may read from a status's or an item's own index, in page order.
      expect(await page({ status: ['in-review'], offset: 20 })).toEqual(
        want((r) => r.status === 'in-review', 20),
      );
      expect(await page({ itemCode: 'ITEM-B', status: ['accepted', 'received'], offset: 10 })).toEqual(
        want((r) => r.itemCode === 'ITEM-B' && (r.status === 'accepted' || r.status === 'received'), 10),
      );
      expect(await page({ status: ['accepted', 'in-review'], dueBefore: '2026-12-20' })).toEqual(
        want((r) => (r.status === 'accepted' || r.status === 'in-review') && r.promisedDue! < '2026-12-20'),
      );
      expect(await page({ status: ['received', 'in-review'], offset: 200 })).toEqual(
        want((r) => r.status === 'received' || r.status === 'in-review', 200),
      );
    });

    it('sees a transition at once', async () => {
      await seed();
      const before = (await all({ status: ['approved'] })).total;
      await store().transitionCase({
        caseId: 'case-1',
        expectedRevision: 1,
        patch: { status: 'approved' },
        event: { type: 'approve', at: '2026-12-01T00:00:00Z', actor: 'c' },
        audit: [],
      });
      expect(await all({ status: ['approved'] })).toEqual({ ids: ['case-1'], total: before + 1 });
    });
  });
}
