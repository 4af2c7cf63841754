import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, exampleInput, receiveOk } from './cases-fixtures.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
const ids: Record<string, string> = {};

const inbox = async (query: string, role: 'clerk' | 'admin' | 'inspector' = 'clerk') => {
  const res = await server.request('GET', `/api/cases${query}`, { role });
  if (res.status !== 200) throw new Error(`inbox ${query}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as {
    items: { id: string; caseNumber: string; light: string | null; receivedAt: string }[];
    total: number;
  };
};
const idsOf = (page: { items: { id: string }[] }) => page.items.map((c) => c.id);

beforeAll(async () => {
  server = await startTestServer();
  // 11-30: an ID-card renewal (promised 15 working days → 12-21, yellow at 2) and a birth
  // registration (即办: due the same day, yellow at 0), both accepted; a business registration left received.
  ids.idCard = (await receiveOk(server, exampleInput('resident-id-card-renewal', 'accept'))).case.id;
  await act(server, ids.idCard, 'accept');
  ids.birth = (await receiveOk(server, exampleInput('birth-registration', 'accept'))).case.id;
  await act(server, ids.birth, 'accept');
  ids.business = (
    await receiveOk(server, exampleInput('individual-business-registration', 'incomplete'))
  ).case.id;
  await act(server, ids.business, 'request-supplement');
  // 12-16: a construction permit (promised 3 working days → 12-21, yellow at 1).
  server.setToday('2026-12-16');
  ids.permit = (await receiveOk(server, exampleInput('construction-permit', 'accept'))).case.id;
  await act(server, ids.permit, 'accept');
  server.setToday('2026-12-17');
}, 60_000);
afterAll(() => server.close());

describe('inbox (待办箱)', () => {
  it('lists the newest receipt first with the total, for clerks, admins and inspectors', async () => {
    const all = await inbox('');
    expect(idsOf(all)).toEqual([ids.permit, ids.business, ids.birth, ids.idCard]);
    expect(all.total).toBe(4);
    expect(idsOf(await inbox('', 'inspector'))).toEqual(idsOf(all));
    expect(idsOf(await inbox('', 'admin'))).toEqual(idsOf(all));
    expect((await server.request('GET', '/api/cases')).status).toBe(401);
  });

  it('filters by status (repeated or comma-separated) and by item', async () => {
    expect(idsOf(await inbox('?status=supplement-requested'))).toEqual([ids.business]);
    expect(idsOf(await inbox('?status=supplement-requested,accepted')).sort()).toEqual(
      [ids.business, ids.birth, ids.idCard, ids.permit].sort(),
    );
    expect((await inbox('?status=supplement-requested&status=approved')).total).toBe(1);
    const permitCode = exampleInput('construction-permit', 'accept').code;
    expect(idsOf(await inbox(`?item=${permitCode}`))).toEqual([ids.permit]);
    expect((await server.request('GET', '/api/cases?status=lost', { role: 'clerk' })).status).toBe(400);
  });

  it('filters by light with each item’s own threshold: the same due date is yellow for one item and green for another', async () => {
    // On 12-17 both running cases are due 12-21 with 2 working days left: yellow at 2 for the ID card,
    // green for the permit (yellow at 1). The birth registration was due 11-30: red.
    const rows = await inbox('');
    const light = Object.fromEntries(rows.items.map((c) => [c.id, c.light]));
    expect(light).toEqual({
      [ids.idCard]: 'yellow',
      [ids.permit]: 'green',
      [ids.birth]: 'red',
      [ids.business]: null,
    });
    expect(idsOf(await inbox('?light=yellow'))).toEqual([ids.idCard]);
    expect(idsOf(await inbox('?light=green'))).toEqual([ids.permit]);
    expect(idsOf(await inbox('?light=red'))).toEqual([ids.birth]);
    expect((await inbox('?light=green')).total).toBe(1);
    expect((await inbox('?light=red&status=supplement-requested')).total).toBe(0);
  });

  it('filters by promised due date (strictly before) and searches case numbers and applicant names', async () => {
    expect(idsOf(await inbox('?dueBefore=2026-12-21'))).toEqual([ids.birth]);
    expect(idsOf(await inbox('?dueBefore=2026-12-22')).sort()).toEqual(
      [ids.birth, ids.idCard, ids.permit].sort(),
    );
    const permit = (await server.request('GET', `/api/cases/${ids.permit}`, { role: 'clerk' })).body.case;
    expect(idsOf(await inbox(`?q=${permit.caseNumber}`))).toEqual([ids.permit]);
    const name = permit.applicantName as string;
    expect(idsOf(await inbox(`?q=${encodeURIComponent(name.slice(3, 7))}`))).toEqual([ids.permit]);
    expect((await inbox('?q=nobody-by-this-name')).total).toBe(0);
  });

  it('pages in a stable order without gaps or repeats', async () => {
    for (let i = 0; i < 21; i++) await receiveOk(server, exampleInput('birth-registration', 'accept'));
    const total = (await inbox('')).total;
    expect(total).toBe(25);
    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const res = await inbox(`?page=${page}&pageSize=10`);
      expect(res.total).toBe(25);
      seen.push(...idsOf(res));
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(seen).toEqual(idsOf(await inbox('?pageSize=200')));
    expect((await server.request('GET', '/api/cases?pageSize=500', { role: 'clerk' })).status).toBe(400);
  });

  it('pages the green light in inbox order when it merges rows from several thresholds', async () => {
    const permits: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = (await receiveOk(server, exampleInput('construction-permit', 'accept'))).case.id;
      await act(server, id, 'accept');
      permits.unshift(id);
    }
    // Due 12-22: green for every item; the earlier permit (due 12-21) is green only by its own threshold.
    const all = await inbox('?light=green&pageSize=200');
    expect(idsOf(all)).toEqual([...permits, ids.permit]);
    expect(all.total).toBe(4);
    const first = await inbox('?light=green&pageSize=3');
    const second = await inbox('?light=green&page=2&pageSize=3');
    expect([...idsOf(first), ...idsOf(second)]).toEqual(idsOf(all));
    expect(second.total).toBe(4);
  });
});
