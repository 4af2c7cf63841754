import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, exampleInput, receiveOk } from './cases-fixtures.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());

const complete = () => exampleInput('construction-permit', 'accept');
const incomplete = () => exampleInput('construction-permit', 'incomplete', 1);

describe('transitions (办件流转)', () => {
  it('accepts a complete case: the clock starts today and both deadlines are stored', async () => {
    const { case: filed } = await receiveOk(server, complete());
    const res = await act(server, filed.id, 'accept', {}, 1);
    expect(res.status).toBe(200);
    expect(res.body.case).toMatchObject({
      status: 'accepted',
      revision: 2,
      acceptedAt: '2026-11-30',
      promisedDue: '2026-12-03',
      statutoryDue: '2026-12-09',
      dueProvisional: false,
    });
    expect(res.body.case.clocks.promised).toEqual({
      due: '2026-12-03',
      remaining: 3,
      light: 'green',
      paused: false,
    });
    const [, audit] = await server.deps.store.listAudit({ subject: filed.id });
    expect(audit).toMatchObject({
      kind: 'transition',
      actor: 'clerk',
      payload: { action: 'accept', from: 'received', to: 'accepted' },
    });
  });

  it('refuses an illegal transition with 409 listing the allowed actions', async () => {
    const { case: filed } = await receiveOk(server, incomplete());
    const res = await act(server, filed.id, 'accept', {}, 1);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'ILLEGAL_TRANSITION',
      allowed: ['request-supplement', 'withdraw', 'override'],
    });
    const review = await act(server, filed.id, 'review', {}, 1);
    expect(review.status).toBe(409);
  });

  it('refuses a stale revision with 409 and the current revision, writing nothing', async () => {
    const { case: filed } = await receiveOk(server, complete());
    expect((await act(server, filed.id, 'accept', {}, 1)).status).toBe(200);
    const stale = await act(server, filed.id, 'review', {}, 1);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'REVISION_CONFLICT', currentRevision: 2 });
    expect(await server.deps.store.listCaseEvents({ caseId: filed.id })).toHaveLength(2);
  });

  it('lets one of two clerks acting on the same revision win', async () => {
    const { case: filed } = await receiveOk(server, complete());
    const [a, b] = await Promise.all([
      act(server, filed.id, 'accept', {}, 1),
      act(server, filed.id, 'accept', {}, 1),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
  });

  it('requires a written reason where the law wants one (422 REASON_REQUIRED)', async () => {
    const { case: filed } = await receiveOk(
      server,
      exampleInput('individual-business-registration', 'reject'),
    );
    const none = await act(server, filed.id, 'reject', {}, 1);
    expect(none.status).toBe(422);
    expect(none.body.code).toBe('REASON_REQUIRED');
    expect((await act(server, filed.id, 'reject', { reason: '   ' }, 1)).status).toBe(422);
    const rejected = await act(server, filed.id, 'reject', { reason: '经营范围含禁止类项目' }, 1);
    expect(rejected.status).toBe(200);
    expect(rejected.body.case).toMatchObject({ status: 'rejected-at-intake', allowedActions: [] });
    expect(rejected.body.case.concludedAt).not.toBeNull();
    const events = await server.deps.store.listCaseEvents({ caseId: filed.id });
    expect(events[1].data).toMatchObject({ reason: '经营范围含禁止类项目' });
    expect((events[1].data.rejections as unknown[]).length).toBeGreaterThan(0);
  });

  it('issues ONE supplement notice listing every missing material and every form error at once', async () => {
    const withFormErrors = exampleInput('construction-permit', 'incomplete', 0);
    const { case: formCase, check } = await receiveOk(server, {
      ...withFormErrors,
      materials: withFormErrors.materials.filter((m) => m !== 'planning_permit'),
    });
    const res = await act(server, formCase.id, 'request-supplement', {}, 1);
    expect(res.status).toBe(200);
    expect(res.body.case.status).toBe('supplement-requested');
    const { notice } = res.body;
    expect(notice.missingMaterials.map((m: { code: string }) => m.code)).toEqual(['planning_permit']);
    expect(notice.formErrors.map((e: { path: string }) => e.path)).toEqual(
      check.formErrors.map((e: { path: string }) => e.path),
    );
    expect(notice.formErrors.length).toBeGreaterThanOrEqual(2);
    expect(notice.count).toBe(1 + notice.formErrors.length);
    const events = await server.deps.store.listCaseEvents({ caseId: formCase.id });
    expect(events[1].data.notice).toEqual(notice);
  });

  it('re-checks a recorded supplement; acceptance then dates from the day the case became complete', async () => {
    const { case: filed } = await receiveOk(server, incomplete());
    await act(server, filed.id, 'request-supplement', {}, 1);
    server.setToday('2026-12-02');
    const recorded = await act(
      server,
      filed.id,
      'record-supplement',
      { materials: ['planning_permit', 'bid_and_contract'] },
      2,
    );
    expect(recorded.status).toBe(200);
    expect(recorded.body.check.outcome).toBe('accept');
    expect(recorded.body.case).toMatchObject({ status: 'received', outcome: 'accept' });
    expect(recorded.body.case.clocks.acceptanceWindow.due).toBe('2026-12-07');
    const kinds = (await server.deps.store.listAudit({ subject: filed.id })).map((r) => r.kind);
    expect(kinds).toEqual(['check', 'transition', 'check', 'transition']);

    server.setToday('2026-12-03');
    const accepted = await act(server, filed.id, 'accept', {}, 3);
    expect(accepted.body.case).toMatchObject({ acceptedAt: '2026-12-02', promisedDue: '2026-12-07' });
    server.setToday('2026-11-30');
  });

  it('lets a clerk override the outcome only with a reason, audited as an override', async () => {
    const { case: filed } = await receiveOk(server, incomplete());
    expect((await act(server, filed.id, 'override', { outcome: 'accept' }, 1)).status).toBe(422);
    expect((await act(server, filed.id, 'override', { reason: '原件已核验' }, 1)).status).toBe(422);
    const res = await act(
      server,
      filed.id,
      'override',
      { outcome: 'accept', reason: '规划许可证已通过共享核验' },
      1,
    );
    expect(res.status).toBe(200);
    expect(res.body.case).toMatchObject({
      status: 'received',
      outcome: 'accept',
      override: { outcome: 'accept', by: 'clerk' },
    });
    expect(res.body.case.check.outcome).toBe('incomplete');
    expect(res.body.case.allowedActions).toContain('accept');
    const records = await server.deps.store.listAudit({ subject: filed.id });
    expect(records.at(-1)).toMatchObject({
      kind: 'override',
      payload: { from: 'incomplete', to: 'accept', reason: '规划许可证已通过共享核验' },
    });
    expect((await act(server, filed.id, 'accept', {}, 2)).status).toBe(200);
  });

  it('walks a case through review, suspension, extension and approval; nothing is allowed after it', async () => {
    const { case: filed } = await receiveOk(server, complete());
    await act(server, filed.id, 'accept');
    expect((await act(server, filed.id, 'review')).body.case.status).toBe('in-review');
    expect((await act(server, filed.id, 'suspend', { reason: '组织听证' })).status).toBe(422);
    const suspended = await act(server, filed.id, 'suspend', { type: 'hearing', reason: '组织听证' });
    expect(suspended.body.case).toMatchObject({
      status: 'suspended',
      pauses: [{ from: '2026-11-30', to: null, kind: 'hearing' }],
    });
    expect(suspended.body.case.clocks.promised).toMatchObject({ paused: true, light: null });
    expect(
      (await act(server, filed.id, 'record-supplement', { materials: ['quality_safety_supervision'] }))
        .status,
    ).toBe(409);
    const resumed = await act(server, filed.id, 'resume');
    // Resumed the day it began: the pause removes nothing.
    expect(resumed.body.case).toMatchObject({ status: 'in-review', promisedDue: '2026-12-03' });
    expect((await act(server, filed.id, 'extend', { reason: '情况复杂', amount: 2 })).status).toBe(422);
    const extended = await act(server, filed.id, 'extend', {
      reason: '情况复杂',
      amount: 2,
      approver: '局长 李明',
    });
    expect(extended.body.case).toMatchObject({ promisedDue: '2026-12-07', statutoryDue: '2026-12-11' });
    expect(extended.body.case.extensions).toMatchObject([
      { amount: 2, approver: '局长 李明', reason: '情况复杂' },
    ]);
    const approved = await act(server, filed.id, 'approve');
    expect(approved.body.case).toMatchObject({ status: 'approved', allowedActions: [] });
    expect(approved.body.case.clocks).toMatchObject({
      overdue: false,
      promised: { light: null, remaining: null },
    });
    const after = await act(server, filed.id, 'withdraw', { reason: '申请人撤回' });
    expect(after.status).toBe(409);
    expect(after.body.allowed).toEqual([]);
  });

  it('denies with a reason, and withdraws a suspended case closing its pause', async () => {
    const a = (await receiveOk(server, complete())).case;
    await act(server, a.id, 'accept');
    expect((await act(server, a.id, 'deny')).status).toBe(422);
    expect((await act(server, a.id, 'deny', { reason: '不符合法定条件' })).body.case.status).toBe('denied');

    const b = (await receiveOk(server, complete())).case;
    await act(server, b.id, 'accept');
    await act(server, b.id, 'suspend', { type: 'testing', reason: '委托检测' });
    server.setToday('2026-12-02');
    const withdrawn = await act(server, b.id, 'withdraw', { reason: '申请人主动撤回' });
    expect(withdrawn.body.case).toMatchObject({
      status: 'withdrawn',
      pauses: [{ from: '2026-11-30', to: '2026-12-02' }],
    });
    server.setToday('2026-11-30');
  });

  it('answers 404 for an unknown case or action', async () => {
    const { case: filed } = await receiveOk(server, complete());
    expect((await act(server, filed.id, 'teleport', {}, 1)).status).toBe(404);
    expect((await act(server, 'no-such-case', 'accept', {}, 1)).status).toBe(404);
    const inspector = await server.request('POST', `/api/cases/${filed.id}/actions/accept`, {
      role: 'inspector',
      body: { expectedRevision: 1 },
    });
    expect(inspector.status).toBe(403);
  });

  it('keeps the audit chain verifiable after all of it', async () => {
    const res = await server.request('GET', '/api/audit/verify', { role: 'inspector' });
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
  });
});
