import { afterEach, describe, expect, it } from 'vitest';
import { act, exampleInput, receiveOk } from './cases-fixtures.ts';
import { DEFAULT_TODAY, startTestServer, type TestServer } from './harness.ts';

const servers: TestServer[] = [];
async function boot(options: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(options);
  servers.push(server);
  return server;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const construction = () => exampleInput('construction-permit', 'accept');
const detail = async (server: TestServer, id: string) =>
  (await server.request('GET', `/api/cases/${id}`, { role: 'clerk' })).body;

describe('clocks (办理时限)', { timeout: 60_000 }, () => {
  it('when a supplement is requested after acceptance, the promised deadline moves by the paused working days', async () => {
    const server = await boot();
    const { case: filed } = await receiveOk(server, construction());
    await act(server, filed.id, 'accept');
    expect((await detail(server, filed.id)).case.promisedDue).toBe('2026-12-03');

    server.setToday('2026-12-01');
    const suspended = await act(server, filed.id, 'suspend', {
      type: 'supplement',
      reason: '质量安全监督手续需补交',
    });
    expect(suspended.body.notice.deferredMaterials.map((m: { code: string }) => m.code)).toEqual([
      'quality_safety_supervision',
    ]);
    expect(suspended.body.case.clocks.promised).toMatchObject({ remaining: 2, paused: true, light: null });

    server.setToday('2026-12-03');
    const waiting = (await detail(server, filed.id)).case.clocks.promised;
    // While it waits, the deadline runs ahead of it and the remaining working days stay as they were.
    expect(waiting).toMatchObject({ due: '2026-12-07', remaining: 2, paused: true });
    await act(server, filed.id, 'record-supplement', { materials: ['quality_safety_supervision'] });

    server.setToday('2026-12-04');
    const resumed = await act(server, filed.id, 'resume');
    // Working days 12-02, 12-03 and 12-04 are removed: 12-03 + 3 working days.
    expect(resumed.body.case).toMatchObject({
      status: 'in-review',
      promisedDue: '2026-12-08',
      statutoryDue: '2026-12-14',
    });
    expect(resumed.body.case.pauses).toEqual([
      { from: '2026-12-01', to: '2026-12-04', kind: 'supplement', reason: '质量安全监督手续需补交' },
    ]);
    expect(resumed.body.case.clocks.promised).toEqual({
      due: '2026-12-08',
      remaining: 2,
      light: 'green',
      paused: false,
    });
  });

  it('turns the light yellow with one working day left and red once past, per item threshold', async () => {
    const server = await boot();
    const { case: filed } = await receiveOk(server, construction());
    await act(server, filed.id, 'accept');
    server.setToday('2026-12-02');
    expect((await detail(server, filed.id)).case.clocks.promised).toMatchObject({
      remaining: 1,
      light: 'yellow',
    });
    server.setToday('2026-12-03');
    expect((await detail(server, filed.id)).case.clocks.promised).toMatchObject({
      remaining: 0,
      light: 'yellow',
    });
    server.setToday('2026-12-04');
    expect((await detail(server, filed.id)).case.clocks.promised).toMatchObject({
      remaining: -1,
      light: 'red',
    });
  });

  it('flags deadlines in a year the calendar does not cover as provisional instead of guessing', async () => {
    const server = await boot();
    const { case: filed } = await receiveOk(server, exampleInput('resident-id-card-renewal', 'accept'));
    const accepted = await act(server, filed.id, 'accept');
    // 60 natural days from 2026-11-30 land in 2027, which has no calendar here.
    expect(accepted.body.case).toMatchObject({
      statutoryDue: '2027-01-29',
      promisedDue: '2026-12-21',
      dueProvisional: true,
    });
    expect(accepted.body.case.clocks.provisional).toEqual(['2027']);
  });
});

describe('deemed acceptance (视为受理)', { timeout: 60_000 }, () => {
  it('deems a case nobody handled within its window accepted on its receipt date, with an alert', async () => {
    const server = await boot();
    const { case: filed } = await receiveOk(server, construction());
    // 5 natural days end on Sat 12-05, so the window runs to Mon 12-07 (民法典 §203).
    server.setToday('2026-12-07');
    expect((await detail(server, filed.id)).case).toMatchObject({
      status: 'received',
      deemedAcceptance: null,
    });

    server.setToday('2026-12-08');
    const onRead = await detail(server, filed.id);
    expect(onRead.case).toMatchObject({
      status: 'accepted',
      acceptedAt: DEFAULT_TODAY,
      promisedDue: '2026-12-03',
      revision: 1,
      deemedAcceptance: {
        acceptedOn: DEFAULT_TODAY,
        windowDue: '2026-12-07',
        recorded: false,
        alert: 'deemed-acceptance',
      },
    });
    expect(onRead.case.clocks.promised).toMatchObject({ light: 'red' });
    expect((await server.deps.store.getCase({ id: filed.id }))?.status).toBe('received');

    // The inbox sweeps first, so its filters see it as stored.
    const inbox = await server.request('GET', '/api/cases?status=accepted', { role: 'clerk' });
    expect(inbox.body.items.map((c: { id: string }) => c.id)).toContain(filed.id);
    const stored = await server.deps.store.getCase({ id: filed.id });
    expect(stored).toMatchObject({ status: 'accepted', acceptedAt: DEFAULT_TODAY, revision: 2 });
    const events = await server.deps.store.listCaseEvents({ caseId: filed.id });
    expect(events.at(-1)).toMatchObject({
      type: 'deemed-accept',
      actor: 'system',
      data: { alert: 'deemed-acceptance' },
    });
    // The case page names the clerk who received it; the server's own act has no account name.
    const timeline = (await detail(server, filed.id)).timeline;
    expect(timeline[0]).toMatchObject({ type: 'receive', actor: 'clerk', actorName: '测试窗口人员' });
    expect(timeline.at(-1)).toMatchObject({ type: 'deemed-accept', actor: 'system' });
    expect(timeline.at(-1)).not.toHaveProperty('actorName');
    const audit = await server.deps.store.listAudit({ subject: filed.id });
    expect(audit.at(-1)).toMatchObject({
      kind: 'transition',
      actor: 'system',
      payload: { action: 'accept', deemed: true },
    });
    expect((await detail(server, filed.id)).case.deemedAcceptance).toMatchObject({ recorded: true });
  });

  it('records a deemed acceptance before the first write that finds it, from the revision the clerk saw', async () => {
    const server = await boot();
    const { case: filed } = await receiveOk(server, construction());
    server.setToday('2026-12-08');
    expect((await act(server, filed.id, 'accept', {}, 1)).body).toMatchObject({ code: 'ILLEGAL_TRANSITION' });
    // The refused accept still recorded the deemed acceptance (revision 2); review goes on from there.
    const review = await act(server, filed.id, 'review', {}, 2);
    expect(review.status).toBe(200);
    expect((await server.deps.store.listCaseEvents({ caseId: filed.id })).map((e) => e.type)).toEqual([
      'receive',
      'deemed-accept',
      'review',
    ]);
  });

  it('comes out the same on two server instances sharing one database, and is recorded once', async () => {
    const first = await boot();
    const { case: filed } = await receiveOk(first, construction());
    const second = await boot({ file: `${first.deps.config.dataDir}/onewindow.db`, today: '2026-12-08' });
    first.setToday('2026-12-08');
    const [a, b] = await Promise.all([detail(first, filed.id), detail(second, filed.id)]);
    expect(a.case.deemedAcceptance).toEqual(b.case.deemedAcceptance);
    expect(a.case.clocks).toEqual(b.case.clocks);
    await Promise.all([
      first.request('GET', '/api/cases', { role: 'clerk' }),
      second.request('GET', '/api/cases', { role: 'clerk' }),
    ]);
    const types = (await first.deps.store.listCaseEvents({ caseId: filed.id })).map((e) => e.type);
    expect(types).toEqual(['receive', 'deemed-accept']);
  });

  it('never deems a case that was sent for supplement within its window', async () => {
    const server = await boot();
    const { case: filed } = await receiveOk(server, exampleInput('construction-permit', 'incomplete', 1));
    await act(server, filed.id, 'request-supplement');
    server.setToday('2026-12-20');
    expect((await detail(server, filed.id)).case).toMatchObject({
      status: 'supplement-requested',
      deemedAcceptance: null,
    });
  });
});
