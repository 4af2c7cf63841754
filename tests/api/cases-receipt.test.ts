import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleInput, exampleItem, receive, receiveOk } from './cases-fixtures.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
}, 60_000);
afterAll(() => server.close());

describe('receipt (收件)', () => {
  it('files a complete case as received with outcome accept, pinned to the active version, with a query code', async () => {
    const input = exampleInput('construction-permit', 'accept');
    const res = await receive(server, input);
    expect(res.status).toBe(201);
    const { case: filed, check, queryCode } = res.body;
    expect(res.headers.location).toBe(`/api/cases/${filed.id}`);
    expect(filed).toMatchObject({ status: 'received', outcome: 'accept', revision: 1, acceptedAt: null });
    expect(filed.caseNumber).toMatch(/^2026113000\d{3}$/);
    expect(queryCode).toMatch(/^\d{8}$/);
    expect(filed).not.toHaveProperty('queryCodeHash');
    expect(JSON.stringify(filed)).not.toContain(queryCode);

    const version = await server.deps.store.getVersion({ code: input.code });
    expect(filed.definition).toEqual({ code: input.code, version: version!.version, hash: version!.hash });
    expect(check).toMatchObject({ outcome: 'accept', definition: filed.definition, today: '2026-11-30' });
    expect(filed.applicantName).toBe(input.formData.builder.name);
    expect(filed.clocks.acceptanceWindow).toEqual({ due: '2026-12-07', passed: false });
    expect(filed.allowedActions).toEqual(['accept', 'withdraw', 'override']);
  });

  it('records the authoritative check in the audit chain once, with its facts stored by hash', async () => {
    const { case: filed, check } = await receiveOk(
      server,
      exampleInput('individual-business-registration', 'accept'),
    );
    const records = await server.deps.store.listAudit({ subject: filed.id });
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ kind: 'check', actor: 'clerk', factsHash: check.factsHash });
    expect(records[0].payload).toMatchObject({ outcome: 'accept', definition: filed.definition });
    expect(JSON.stringify(records[0].payload).length).toBeLessThan(2048);
    const facts = await server.deps.store.getFacts({ hash: check.factsHash });
    expect(facts).toMatchObject({ today: '2026-11-30', materials: filed.materials, form: filed.formData });
  });

  it('files an incomplete case with every missing material and form error of the check', async () => {
    const { case: filed, check } = await receiveOk(
      server,
      exampleInput('construction-permit', 'incomplete', 1),
    );
    expect(filed.outcome).toBe('incomplete');
    expect(
      check.materials.filter((m: { missing: boolean }) => m.missing).map((m: { code: string }) => m.code),
    ).toEqual(['planning_permit', 'bid_and_contract']);
    expect(filed.check.missingMaterials).toEqual(['planning_permit', 'bid_and_contract']);
    expect(filed.allowedActions).toEqual(['request-supplement', 'withdraw', 'override']);
  });

  it('files a case the rules refuse with outcome reject and the rule that refused it', async () => {
    const { case: filed, check } = await receiveOk(
      server,
      exampleInput('individual-business-registration', 'reject'),
    );
    expect(filed.outcome).toBe('reject');
    expect(check.rejections.length).toBeGreaterThan(0);
    expect(filed.allowedActions).toEqual(['reject', 'withdraw', 'override']);
  });

  it('keeps only the active branch of the form (hidden fields dropped) and judges that', async () => {
    const item = exampleItem('construction-permit');
    const hidden = item.tests!.find((t) => t.name.includes('隐藏'))!;
    const { case: filed } = await receiveOk(server, { code: item.code, ...hidden.input });
    expect(filed.outcome).toBe(hidden.expect.outcome);
    expect(JSON.stringify(filed.formData)).not.toContain('floorArea');
  });

  it('refuses an unknown item (404), a malformed body (400) and roles that do not receive (401, 403)', async () => {
    const input = exampleInput('construction-permit', 'accept');
    expect((await receive(server, { ...input, code: 'NO-SUCH-ITEM' })).status).toBe(404);
    expect((await receive(server, { ...input, formData: 'text' })).status).toBe(400);
    expect((await receive(server, { ...input, materials: ['bad code!'] })).status).toBe(400);
    expect((await server.request('POST', '/api/cases', { body: input })).status).toBe(401);
    expect((await server.request('POST', '/api/cases', { body: input, role: 'inspector' })).status).toBe(403);
    expect((await server.request('POST', '/api/cases', { body: input, role: 'admin' })).status).toBe(201);
  });
});

describe('idempotent receipt (Idempotency-Key)', () => {
  it('answers a retry with the same case and the same query code, writing nothing twice', async () => {
    const input = exampleInput('resident-id-card-renewal', 'accept');
    const headers = { 'Idempotency-Key': 'retry-0001-aaaa' };
    const first = await receive(server, input, headers);
    const second = await receive(server, input, headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(second.body.case.id).toBe(first.body.case.id);
    expect(second.body.queryCode).toBe(first.body.queryCode);
    expect(second.body.check).toEqual(first.body.check);
    expect(second.headers.location).toBe(first.headers.location);
    expect(await server.deps.store.listAudit({ subject: first.body.case.id })).toHaveLength(1);
    expect(await server.deps.store.listCaseEvents({ caseId: first.body.case.id })).toHaveLength(1);
  });

  it('refuses the same key with a different body (422)', async () => {
    const headers = { 'Idempotency-Key': 'retry-0002-bbbb' };
    await receiveOk(server, exampleInput('resident-id-card-renewal', 'accept'), headers);
    const other = await receive(server, exampleInput('resident-id-card-renewal', 'accept', 1), headers);
    expect(other.status).toBe(422);
    expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('scopes keys to the account: another account with the same key files its own case', async () => {
    const input = exampleInput('birth-registration', 'accept');
    const headers = { 'Idempotency-Key': 'retry-0003-cccc' };
    const clerk = await receive(server, input, headers);
    const admin = await server.request('POST', '/api/cases', { role: 'admin', body: input, headers });
    expect(admin.status).toBe(201);
    expect(admin.body.case.id).not.toBe(clerk.body.case.id);
  });

  it('files one case for 20 concurrent retries with one key', async () => {
    const input = exampleInput('birth-registration', 'incomplete');
    const headers = { 'Idempotency-Key': 'retry-storm-0004' };
    const answers = await Promise.all(Array.from({ length: 20 }, () => receive(server, input, headers)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(201));
    const ids = new Set(answers.map((a) => a.body.case.id));
    expect(ids.size).toBe(1);
    expect(new Set(answers.map((a) => a.body.queryCode)).size).toBe(1);
    expect(answers.filter((a) => a.headers['idempotent-replayed'] !== 'true')).toHaveLength(1);
    const [id] = ids;
    expect(await server.deps.store.listAudit({ subject: id })).toHaveLength(1);
  });

  it('refuses a malformed key (400)', async () => {
    const res = await receive(server, exampleInput('birth-registration', 'accept'), {
      'Idempotency-Key': 'short',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('BAD_IDEMPOTENCY_KEY');
  });
});

describe('receipt against versions', () => {
  it('refuses a retired version (409) and an item with no active version (404)', async () => {
    const input = exampleInput('birth-registration', 'accept');
    await server.deps.store.retireVersion({
      code: input.code,
      version: 1,
      actor: 'admin',
      at: new Date().toISOString(),
    });
    const named = await receive(server, { ...input, version: 1 });
    expect(named.status).toBe(409);
    expect(named.body.code).toBe('VERSION_RETIRED');
    expect((await receive(server, input)).status).toBe(404);
  });
});
