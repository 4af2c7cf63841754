import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestDeps, type TestDeps } from '../definitions/testing/test-deps.ts';
import { verifyChain } from './verify-chain.ts';

let deps: TestDeps;
beforeEach(() => {
  deps = makeTestDeps();
});
afterEach(() => deps.dispose());

async function appendRecords(n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await deps.store.appendAudit({
      record: {
        kind: 'transition',
        at: '2026-11-30T02:00:00.000Z',
        actor: 'clerk',
        subject: `case-${i}`,
        payload: { n: i },
      },
    });
  }
}

/** Opens the store's own file and runs `sql` with the append-only triggers out of the way. */
function tamper(file: string, sql: string, ...params: unknown[]): void {
  const db = new Database(file);
  db.exec('DROP TRIGGER IF EXISTS audit_no_update; DROP TRIGGER IF EXISTS audit_no_delete;');
  db.prepare(sql).run(...params);
  db.close();
}

describe('verifying the audit chain', () => {
  it('reports an empty chain as ok with nothing in it', async () => {
    expect(await verifyChain(deps)).toEqual({ ok: true, count: 0, head: { seq: 0, hash: '0'.repeat(64) } });
  });

  it('walks more than one page and reports the count and the head', async () => {
    await appendRecords(1005);
    const head = await deps.store.getAuditHead();
    expect(await verifyChain(deps)).toEqual({ ok: true, count: 1005, head });
  });

  it('catches a record edited directly in the database, naming it', async () => {
    await appendRecords(5);
    tamper(deps.file, 'UPDATE audit SET payload = ? WHERE seq = 3', JSON.stringify({ n: 333 }));
    expect(await verifyChain(deps)).toEqual({ ok: false, firstBroken: 3, reason: 'hash', count: 2 });
  });

  it('catches a record removed from the middle', async () => {
    await appendRecords(4);
    tamper(deps.file, 'DELETE FROM audit WHERE seq = 2');
    expect(await verifyChain(deps)).toMatchObject({ ok: false, firstBroken: 3, reason: 'sequence' });
  });
});
