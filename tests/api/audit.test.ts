import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServiceItem } from '@onewindow/schemas';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../../server/src/definitions/example-items.ts';
import { startTestServer, type TestServer } from './harness.ts';

let dir: string;
let file: string;
let server: TestServer;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'onewindow-audit-'));
  file = join(dir, 'audit.db');
  server = await startTestServer({ file });
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ID_CARD = JSON.parse(
  readFileSync(join(EXAMPLES_DIR, 'items', 'resident-id-card-renewal.json'), 'utf8'),
) as ServiceItem;
const inspector = { role: 'inspector' as const };

/** Files a real case through the counter's receipt and returns the seq of its check record. */
async function receiptCheckRecord(key: string, formData = ID_CARD.tests![0].input.formData): Promise<number> {
  const receipt = await server.request('POST', '/api/cases', {
    role: 'clerk',
    headers: { 'Idempotency-Key': key },
    body: { code: ID_CARD.code, formData, materials: ID_CARD.tests![0].input.materials },
  });
  expect(receipt.status).toBe(201);
  const page = await server.request(
    'GET',
    `/api/audit?kind=check&subject=${receipt.body.case.id}`,
    inspector,
  );
  expect(page.body.records).toHaveLength(1);
  return page.body.records[0].seq;
}

describe('the audit log', () => {
  it('lists records in pages, filtered by kind, for inspectors and admins only', async () => {
    const page = await server.request('GET', '/api/audit?kind=publish&limit=2', inspector);
    expect(page.status).toBe(200);
    expect(page.body.records).toHaveLength(2);
    expect(page.body.records.every((r: { kind: string }) => r.kind === 'publish')).toBe(true);
    expect(page.body.nextSeq).toBe(page.body.records[1].seq + 1);
    expect((await server.request('GET', '/api/audit', { role: 'clerk' })).status).toBe(403);
    expect((await server.request('GET', '/api/audit/verify')).status).toBe(401);
  });

  it('replays the check of a real receipt: the same decision with the compiled engine and json-rules-engine', async () => {
    const seq = await receiptCheckRecord('audit-replay-1');
    const record = (await server.request('GET', `/api/audit?fromSeq=${seq}&limit=1`, inspector)).body
      .records[0];
    expect(JSON.stringify(record).length).toBeLessThan(2048);

    const res = await server.request('POST', `/api/audit/${seq}/replay`, inspector);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      seq,
      kind: 'check',
      definition: { code: ID_CARD.code, version: 1 },
      today: '2026-11-30',
      compiled: { verdict: 'same', differences: [], engine: 'onewindow-compiled@1' },
      reference: { verdict: 'same', differences: [], engine: 'json-rules-engine@7.3' },
    });
    expect(res.body.compiled.result.outcome).toBe(record.payload.outcome);
  });

  it('verifies the chain: ok, with the count and the head', async () => {
    const res = await server.request('GET', '/api/audit/verify', inspector);
    expect(res.status).toBe(200);
    const head = await server.deps.store.getAuditHead();
    expect(res.body).toEqual({ ok: true, count: head.seq, head });
  });

  it('reports the record edited directly in the database file as the first broken one', async () => {
    const seq = await receiptCheckRecord('audit-tamper-1');
    await receiptCheckRecord('audit-tamper-2');
    const db = new Database(file);
    db.exec('DROP TRIGGER IF EXISTS audit_no_update');
    const row = db.prepare('SELECT payload FROM audit WHERE seq = ?').get(seq) as { payload: string };
    const payload = JSON.parse(row.payload);
    db.prepare('UPDATE audit SET payload = ? WHERE seq = ?').run(
      JSON.stringify({ ...payload, outcome: 'reject' }),
      seq,
    );
    db.close();

    const res = await server.request('GET', '/api/audit/verify', { role: 'admin' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: false, firstBroken: seq, reason: 'hash', count: seq - 1 });
  });
});
