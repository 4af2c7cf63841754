import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, hashJson } from '@onewindow/runtime/engine';
import type { ServiceItem } from '@onewindow/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../server/src/definitions/example-items.ts';
import { startTestServer, type TestServer } from './harness.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const ID_CARD = JSON.parse(
  readFileSync(join(EXAMPLES_DIR, 'items', 'resident-id-card-renewal.json'), 'utf8'),
) as ServiceItem;
const EXAMPLE_CODES = [
  'individual-business-registration',
  'resident-id-card-renewal',
  'construction-permit',
  'birth-registration',
].map(
  (name) =>
    (JSON.parse(readFileSync(join(EXAMPLES_DIR, 'items', `${name}.json`), 'utf8')) as ServiceItem).code,
);

const admin = { role: 'admin' as const };
const ifMatch = (revision: number) => ({ 'If-Match': `"${revision}"` });

/** The ID card item under another code, as a fresh draft of its own; returns the code. */
async function copyOfIdCard(code: string): Promise<string> {
  const res = await server.request('POST', '/api/items', {
    ...admin,
    body: { fromExample: 'resident-id-card-renewal', code },
  });
  expect(res.status).toBe(201);
  return code;
}

async function saveDraft(code: string, revision: number, definition: ServiceItem) {
  return server.request('PUT', `/api/items/${code}/draft`, {
    ...admin,
    body: definition,
    headers: ifMatch(revision),
  });
}

describe('the item list', () => {
  it('shows clerks the four seeded examples, active, described by their published version', async () => {
    const res = await server.request('GET', '/api/items', { role: 'clerk' });
    expect(res.status).toBe(200);
    const codes = res.body.items.map((i: { code: string }) => i.code);
    expect(codes).toEqual(expect.arrayContaining(EXAMPLE_CODES));
    for (const item of res.body.items)
      expect(item).toMatchObject({ status: 'active', activeVersion: expect.any(Number) });
    expect(res.body.items[0]).not.toHaveProperty('revision');
  });

  it('shows administrators drafts too, and clerks never see a draft', async () => {
    const created = await server.request('POST', '/api/items', {
      ...admin,
      body: { code: 'BLANK-LIST-1', name: '空白事项' },
    });
    expect(created.status).toBe(201);
    const forAdmin = await server.request('GET', '/api/items?status=draft', admin);
    expect(forAdmin.body.items.map((i: { code: string }) => i.code)).toContain('BLANK-LIST-1');
    const forClerk = await server.request('GET', '/api/items?q=BLANK-LIST', { role: 'clerk' });
    expect(forClerk.body.items).toEqual([]);
  });

  it('filters by text on the published name', async () => {
    const res = await server.request('GET', `/api/items?q=${encodeURIComponent('身份证')}`, {
      role: 'inspector',
    });
    expect(res.body.items.map((i: { code: string }) => i.code)).toEqual([ID_CARD.code]);
  });
});

describe('drafts with optimistic concurrency', () => {
  it('creates a blank draft with the required skeleton at revision 1, its ETag the revision', async () => {
    const res = await server.request('POST', '/api/items', {
      ...admin,
      body: { code: 'BLANK-1', name: '新的事项', type: 'public-service' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.etag).toBe('"1"');
    expect(res.body).toMatchObject({ code: 'BLANK-1', revision: 1, updatedBy: 'admin' });
    expect(res.body.definition).toMatchObject({
      code: 'BLANK-1',
      name: { 'zh-CN': '新的事项' },
      type: 'public-service',
      form: { schema: { type: 'object' } },
      materials: [],
      rules: [],
    });
    const again = await server.request('POST', '/api/items', { ...admin, body: { code: 'BLANK-1' } });
    expect(again.status).toBe(409);
  });

  it('answers a stale save with 409, the current revision and the current draft', async () => {
    const code = await copyOfIdCard('CONC-1');
    const first = await server.request('GET', `/api/items/${code}/draft`, admin);
    const mine = { ...first.body.definition, name: { 'zh-CN': '我的修改' } };
    const theirs = { ...first.body.definition, name: { 'zh-CN': '别人的修改' } };

    const saved = await saveDraft(code, 1, theirs);
    expect(saved.status).toBe(200);
    expect(saved.headers.etag).toBe('"2"');

    const stale = await saveDraft(code, 1, mine);
    expect(stale.status).toBe(409);
    expect(stale.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(stale.body).toMatchObject({ code: 'REVISION_CONFLICT', currentRevision: 2 });
    expect(stale.body.currentDraft.definition.name['zh-CN']).toBe('别人的修改');
  });

  it('refuses a save without If-Match with 428, so nobody overwrites a draft blind', async () => {
    const code = await copyOfIdCard('CONC-2');
    const res = await server.request('PUT', `/api/items/${code}/draft`, { ...admin, body: ID_CARD });
    expect(res.status).toBe(428);
    expect(res.body.code).toBe('PRECONDITION_REQUIRED');
  });

  it('saves an incomplete draft (lint reports the rest) but refuses one without its identity', async () => {
    const code = await copyOfIdCard('INCOMPLETE-1');
    const incomplete = { ...ID_CARD, code, rules: [{ id: 'half-written' }] };
    expect((await saveDraft(code, 1, incomplete as ServiceItem)).status).toBe(200);
    const lint = await server.request('POST', `/api/items/${code}/lint`, admin);
    expect(lint.status).toBe(200);
    expect(lint.body.errorCount).toBeGreaterThan(0);
    expect(lint.body.findings.some((f: { pointer: string }) => f.pointer.startsWith('/rules/0'))).toBe(true);

    const { name: _name, ...nameless } = ID_CARD;
    const refused = await saveDraft(code, 2, { ...nameless, code } as ServiceItem);
    expect(refused.status).toBe(400);
  });

  it('is for administrators only', async () => {
    expect((await server.request('GET', `/api/items/${ID_CARD.code}/draft`, { role: 'clerk' })).status).toBe(
      403,
    );
    expect((await server.request('GET', `/api/items/${ID_CARD.code}/draft`)).status).toBe(401);
  });
});

describe('publishing', () => {
  it('refuses a draft with a lint error, listing it', async () => {
    const code = await copyOfIdCard('PUB-LINT');
    const broken = structuredClone(ID_CARD);
    broken.code = code;
    const index = broken.rules.findIndex((r) => r.event.type === 'require-material');
    broken.rules[index].event.params.material = 'no_such_material';
    expect((await saveDraft(code, 1, broken)).status).toBe(200);

    const res = await server.request('POST', `/api/items/${code}/publish`, admin);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('PUBLISH_REFUSED');
    expect(res.body.lintErrors.map((f: { pointer: string }) => f.pointer)).toContainEqual(
      expect.stringMatching(new RegExp(`^/rules/${index}`)),
    );
    expect((await server.request('GET', `/api/items/${code}/versions`, admin)).body.versions).toEqual([]);
  });

  it('refuses a draft whose embedded test fails, naming the test; then publishes the fixed draft', async () => {
    const code = await copyOfIdCard('PUB-TEST');
    const failing = structuredClone(ID_CARD);
    failing.code = code;
    failing.tests![0].expect.outcome = 'reject';
    expect((await saveDraft(code, 1, failing)).status).toBe(200);

    const refused = await server.request('POST', `/api/items/${code}/publish`, admin);
    expect(refused.status).toBe(422);
    expect(refused.body.failedTests).toEqual([{ name: failing.tests![0].name, failures: expect.any(Array) }]);
    expect(refused.body.lintErrors).toEqual([]);

    const tests = await server.request('POST', `/api/items/${code}/test`, admin);
    expect(tests.body).toMatchObject({ revision: 2, failed: 1 });

    expect((await saveDraft(code, 2, { ...ID_CARD, code })).status).toBe(200);
    const published = await server.request('POST', `/api/items/${code}/publish`, {
      ...admin,
      headers: ifMatch(3),
    });
    expect(published.status).toBe(201);
    expect(published.body).toMatchObject({ code, version: 1, status: 'active', publishedBy: 'admin' });
  });

  it('makes an immutable version whose hash is the SHA-256 of its canonical JSON, the hash compile pins', async () => {
    const code = await copyOfIdCard('PUB-HASH');
    const published = await server.request('POST', `/api/items/${code}/publish`, admin);
    expect(published.status).toBe(201);
    const v1 = await server.request('GET', `/api/items/${code}/versions/1`, { role: 'clerk' });
    expect(v1.body.definition.version).toBe(1);
    expect(v1.body.hash).toBe(published.body.hash);
    expect(hashJson(v1.body.definition)).toBe(v1.body.hash);
    expect(compile(v1.body.definition).ref).toEqual({ code, version: 1, hash: v1.body.hash });

    // Editing the draft afterwards never touches the version.
    const draft = await server.request('GET', `/api/items/${code}/draft`, admin);
    await saveDraft(code, draft.body.revision, { ...draft.body.definition, name: { 'zh-CN': '改名以后' } });
    const again = await server.request('GET', `/api/items/${code}/versions/1`, admin);
    expect(again.body).toEqual(v1.body);

    // The same revision is never published twice.
    const v2 = await server.request('POST', `/api/items/${code}/publish`, admin);
    expect(v2.body.version).toBe(2);
    expect((await server.request('POST', `/api/items/${code}/publish`, admin)).status).toBe(409);

    const audit = await server.request('GET', `/api/audit?kind=publish&subject=${code}@1`, {
      role: 'inspector',
    });
    expect(audit.body.records).toHaveLength(1);
    expect(audit.body.records[0].payload.definition).toEqual({ code, version: 1, hash: v1.body.hash });
  });

  it('answers a publish based on an older revision with 409', async () => {
    const code = await copyOfIdCard('PUB-STALE');
    await saveDraft(code, 1, { ...ID_CARD, code });
    const res = await server.request('POST', `/api/items/${code}/publish`, { ...admin, headers: ifMatch(1) });
    expect(res.status).toBe(409);
    expect(res.body.currentRevision).toBe(2);
  });
});

describe('versions after publishing', () => {
  it('retires a version: new checks use the remaining active one, then none; the retired one stays readable', async () => {
    const code = await copyOfIdCard('RETIRE-1');
    await server.request('POST', `/api/items/${code}/publish`, admin);
    await saveDraft(code, 1, { ...ID_CARD, code, name: { 'zh-CN': '居民身份证换领（第二版）' } });
    await server.request('POST', `/api/items/${code}/publish`, admin);
    const { input } = ID_CARD.tests![0];
    const check = () => server.request('POST', '/api/check', { role: 'clerk', body: { code, ...input } });
    expect((await check()).body.definition.version).toBe(2);

    const retired = await server.request('POST', `/api/items/${code}/versions/2/retire`, {
      ...admin,
      body: { reason: '改版' },
    });
    expect(retired.status).toBe(200);
    expect(retired.body).toMatchObject({ version: 2, status: 'retired', retiredBy: 'admin' });
    expect((await check()).body.definition.version).toBe(1);

    await server.request('POST', `/api/items/${code}/versions/1/retire`, admin);
    expect((await check()).status).toBe(404);
    expect(
      (await server.request('GET', `/api/items/${code}/versions/2`, { role: 'inspector' })).body.status,
    ).toBe('retired');
    const listed = await server.request('GET', `/api/items?q=${code}`, { role: 'clerk' });
    expect(listed.body.items).toEqual([]);
  });

  it('diffs two versions as JSON-pointer changes and flags a renamed field that rules read', async () => {
    const code = await copyOfIdCard('DIFF-1');
    await server.request('POST', `/api/items/${code}/publish`, admin);
    const renamed = structuredClone({ ...ID_CARD, code });
    const place = (renamed.form.schema.properties as Record<string, { properties: Record<string, unknown> }>)
      .place;
    place.properties.remote = place.properties.isRemote;
    delete place.properties.isRemote;
    renamed.timeLimits.promised.amount = 10;
    await saveDraft(code, 1, renamed);

    const diff = await server.request('GET', `/api/items/${code}/diff?from=1&to=draft`, {
      role: 'inspector',
    });
    expect(diff.status).toBe(200);
    expect(diff.body.changes).toContainEqual({
      op: 'replace',
      path: '/timeLimits/promised/amount',
      old: 15,
      new: 10,
    });
    expect(diff.body.fields.renamed).toEqual([{ from: '/place/isRemote', to: '/place/remote' }]);
    expect(diff.body.ruleFieldChanges[0]).toMatchObject({
      field: '/place/isRemote',
      change: 'renamed',
      stillReferenced: true,
    });
    expect((await server.request('GET', `/api/items/${code}/diff?from=1&to=x`, admin)).status).toBe(400);
  });

  it('restores a version as a new draft revision, which needs If-Match', async () => {
    const code = await copyOfIdCard('RESTORE-1');
    await server.request('POST', `/api/items/${code}/publish`, admin);
    await saveDraft(code, 1, { ...ID_CARD, code, name: { 'zh-CN': '走错的方向' } });

    expect((await server.request('POST', `/api/items/${code}/versions/1/restore`, admin)).status).toBe(428);
    const restored = await server.request('POST', `/api/items/${code}/versions/1/restore`, {
      ...admin,
      headers: ifMatch(2),
    });
    expect(restored.status).toBe(200);
    expect(restored.body.revision).toBe(3);
    expect(restored.body.definition.name['zh-CN']).toBe(ID_CARD.name['zh-CN']);
    expect(restored.body.definition).not.toHaveProperty('version');
  });
});
