import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, exampleInput, receiveOk } from './cases-fixtures.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());

/** 2027 as far as these tests need it: New Year's Day off (the seeded calendars stop at 2026). */
const calendar2027 = { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] };

/** 施工许可 (3 working days promised, 7 statutory), received and accepted on `day`. */
async function acceptedOn(day: string) {
  server.setToday(day);
  const { case: filed } = await receiveOk(server, exampleInput('construction-permit', 'accept'));
  const res = await act(server, filed.id, 'accept', {}, 1);
  expect(res.status).toBe(200);
  return res.body.case;
}

const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((c) => c.id);

describe('publishing next year’s holiday calendar recomputes the stored deadlines of open cases', () => {
  it('moves provisional deadlines to the real calendar, so the inbox filters and lights agree with the case page', async () => {
    const early = await acceptedOn('2026-11-30');
    const crossing = await acceptedOn('2026-12-30');
    // Counted through 2027 as Monday to Friday, with New Year's Day as a working day.
    expect(crossing).toMatchObject({
      promisedDue: '2027-01-04',
      statutoryDue: '2027-01-08',
      dueProvisional: true,
    });
    const concluded = await acceptedOn('2026-12-30');
    expect((await act(server, concluded.id, 'review', {}, 2)).status).toBe(200);
    expect((await act(server, concluded.id, 'approve', {}, 3)).status).toBe(200);
    const before = await server.request('GET', '/api/cases?dueBefore=2027-01-05&pageSize=200', {
      role: 'clerk',
    });
    expect(ids(before)).toContain(crossing.id);

    const put = await server.request('PUT', '/api/calendars/2027', { role: 'admin', body: calendar2027 });
    expect(put.status).toBe(200);

    const stored = await server.deps.store.getCase({ id: crossing.id });
    expect(stored).toMatchObject({
      promisedDue: '2027-01-05',
      statutoryDue: '2027-01-11',
      dueProvisional: false,
      revision: crossing.revision,
      updatedAt: crossing.updatedAt,
    });
    expect(await server.deps.store.getCase({ id: early.id })).toMatchObject({
      promisedDue: early.promisedDue,
    });
    expect(await server.deps.store.getCase({ id: concluded.id })).toMatchObject({
      promisedDue: '2027-01-04',
      dueProvisional: true,
    });
    const after = await server.request('GET', '/api/cases?dueBefore=2027-01-05&pageSize=200', {
      role: 'clerk',
    });
    expect(ids(after)).not.toContain(crossing.id);

    server.setToday('2027-01-05');
    const detail = await server.request('GET', `/api/cases/${crossing.id}`, { role: 'clerk' });
    expect(detail.body.case.clocks.promised).toMatchObject({ due: '2027-01-05', light: 'yellow' });
    const red = await server.request('GET', '/api/cases?light=red&pageSize=200', { role: 'clerk' });
    const yellow = await server.request('GET', '/api/cases?light=yellow&pageSize=200', { role: 'clerk' });
    expect(ids(red)).not.toContain(crossing.id);
    expect(ids(yellow)).toContain(crossing.id);
    const row = yellow.body.items.find((c: { id: string }) => c.id === crossing.id);
    expect(row).toMatchObject({ promisedDue: '2027-01-05', remaining: 0 });
  });

  it('audits what it changed (old and new dates, stored by hash) and changes nothing when run again', async () => {
    const records = await server.deps.store.listAudit({ kind: 'calendar', subject: 'calendar@2027' });
    const recompute = records.filter((r) => r.payload.action === 'recompute-deadlines');
    expect(recompute).toHaveLength(1);
    expect(recompute[0]).toMatchObject({ actor: 'admin', payload: { year: 2027, cases: 1 } });
    const changes = (await server.deps.store.getFacts({ hash: recompute[0].factsHash! })) as {
      changes: { promisedDue: string[]; statutoryDue: string[]; dueProvisional: boolean[] }[];
    };
    expect(changes.changes).toEqual([
      expect.objectContaining({
        promisedDue: ['2027-01-04', '2027-01-05'],
        statutoryDue: ['2027-01-08', '2027-01-11'],
        dueProvisional: [true, false],
      }),
    ]);

    const again = await server.request('PUT', '/api/calendars/2027', { role: 'admin', body: calendar2027 });
    expect(again.status).toBe(200);
    const now = await server.deps.store.listAudit({ kind: 'calendar', subject: 'calendar@2027' });
    expect(now.filter((r) => r.payload.action === 'recompute-deadlines')).toHaveLength(1);
    // The calendar write and the record that closes its (empty) recomputation.
    expect(now.slice(records.length).map((r) => r.payload.action)).toEqual([
      undefined,
      'deadlines-recomputed',
    ]);
    expect(now.at(-1)?.payload).toMatchObject({ year: 2027, changed: 0 });
  });

  it('recomputes cases whose clock runs through a year whose calendar is corrected', async () => {
    const crossing = await acceptedOn('2026-12-30');
    expect(crossing).toMatchObject({ promisedDue: '2027-01-05', dueProvisional: false });
    const corrected = { ...calendar2027, holidays: [...calendar2027.holidays, { date: '2027-01-04' }] };
    expect(
      (await server.request('PUT', '/api/calendars/2027', { role: 'admin', body: corrected })).status,
    ).toBe(200);
    expect(await server.deps.store.getCase({ id: crossing.id })).toMatchObject({
      promisedDue: '2027-01-06',
      statutoryDue: '2027-01-12',
    });
  });
});
