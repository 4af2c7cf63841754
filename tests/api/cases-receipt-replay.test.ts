import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, exampleInput, receive } from './cases-fixtures.ts';
import { DEFAULT_TODAY, startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());

/** The first receipt with a key, which must succeed; the retry is compared with it. */
async function firstReceipt(body: unknown, key: string) {
  const first = await receive(server, body, { 'Idempotency-Key': key });
  expect(first.status).toBe(201);
  return first;
}

describe('a retried receipt (same Idempotency-Key) answers exactly what the first answer said', () => {
  it('after the version it was filed under was retired: 201 with the first body, not 409', async () => {
    const input = exampleInput('resident-id-card-renewal', 'accept');
    const first = await firstReceipt(input, 'replay-retired-0001');
    const { version } = first.body.case.definition;
    await server.deps.store.retireVersion({
      code: input.code,
      version,
      actor: 'admin',
      at: new Date().toISOString(),
    });
    expect((await receive(server, input)).status).toBe(404);

    const retry = await receive(server, input, { 'Idempotency-Key': 'replay-retired-0001' });
    expect(retry.status).toBe(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.body).toEqual(first.body);
  });

  it('after a supplement re-checked the case and it was accepted days later: the check and case it was filed with', async () => {
    // Material codes out of order: the replay re-runs the check on the stored (sorted) facts, and must
    // still answer what the raw request was answered.
    const input = exampleInput('construction-permit', 'incomplete', 1);
    const body = { ...input, materials: [...input.materials].sort().reverse() };
    expect(body.materials.length).toBeGreaterThan(1);
    const first = await firstReceipt(body, 'replay-moved-on-0002');
    expect(first.body.case.outcome).toBe('incomplete');
    const id = first.body.case.id;
    expect((await act(server, id, 'request-supplement', {}, 1)).status).toBe(200);
    server.setToday('2026-12-02');
    const supplement = { materials: ['planning_permit', 'bid_and_contract'] };
    expect((await act(server, id, 'record-supplement', supplement, 2)).status).toBe(200);
    expect((await act(server, id, 'accept', {}, 3)).status).toBe(200);
    server.setToday('2026-12-21');

    const now = await server.request('GET', `/api/cases/${id}`, { role: 'clerk' });
    expect(now.body.case).toMatchObject({ status: 'accepted', outcome: 'accept', revision: 4 });
    const retry = await receive(server, body, { 'Idempotency-Key': 'replay-moved-on-0002' });
    server.setToday(DEFAULT_TODAY);
    expect(retry.status).toBe(201);
    expect(retry.body.check.outcome).toBe('incomplete');
    expect(retry.body.case).toMatchObject({ status: 'received', revision: 1, outcome: 'incomplete' });
    expect(retry.body).toEqual(first.body);
    expect(await server.deps.store.listCaseEvents({ caseId: id })).toHaveLength(4);
  });

  it('after an override: the outcome of the check, as first answered', async () => {
    const input = exampleInput('construction-permit', 'incomplete', 1);
    const first = await firstReceipt(input, 'replay-override-0003');
    const reason = { outcome: 'accept', reason: '规划许可证已通过共享核验' };
    expect((await act(server, first.body.case.id, 'override', reason, 1)).status).toBe(200);
    const retry = await receive(server, input, { 'Idempotency-Key': 'replay-override-0003' });
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
  });

  it('keeps the replay bookkeeping out of the timeline', async () => {
    const input = exampleInput('birth-registration', 'accept');
    const first = await firstReceipt(input, 'replay-timeline-0004');
    const detail = await server.request('GET', `/api/cases/${first.body.case.id}`, { role: 'clerk' });
    expect(Object.keys(detail.body.timeline[0].data)).toEqual(['outcome']);
  });
});
