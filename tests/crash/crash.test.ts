import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isAlive, type SpawnedServer, spawnServer } from '../../server/bench/spawn-server.ts';
import { exampleInput } from '../api/cases-fixtures.ts';

const RECEIPTS = 400;
const CONCURRENCY = 32;
/** SIGKILL once this many receipts have been answered 201, with the rest in flight or not yet sent. */
const KILL_AFTER = 150;

const dataDir = mkdtempSync(join(tmpdir(), 'onewindow-crash-'));
const running: SpawnedServer[] = [];
afterAll(async () => {
  await Promise.all(running.map((s) => s.stop('SIGKILL')));
  rmSync(dataDir, { recursive: true, force: true });
});

const bodies = [
  exampleInput('construction-permit', 'accept'),
  exampleInput('individual-business-registration', 'accept'),
  exampleInput('resident-id-card-renewal', 'incomplete'),
  exampleInput('birth-registration', 'accept'),
];

async function post(server: SpawnedServer, cookie: string, key: string, body: unknown) {
  const res = await fetch(`${server.baseUrl}/api/cases`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    replayed: res.headers.get('idempotent-replayed') === 'true',
    body: (await res.json()) as { case: { id: string; caseNumber: string } },
  };
}

/** Whether every one of `pids` has ended within `ms`. */
async function allEnded(pids: number[], ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; ) {
    if (!pids.some(isAlive)) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return !pids.some(isAlive);
}

describe('crash (SIGKILL mid-load, WORKERS=2)', () => {
  it('keeps every case that got a 201, files the unanswered retries once, and the audit chain verifies', async () => {
    // Two workers sharing the file: the SIGKILL hits the cluster primary, its workers exit with it.
    const first = await spawnServer({ dataDir, env: { WORKERS: '2' } });
    running.push(first);
    const workers = first.workerPids();
    expect(workers).toHaveLength(2);
    // The server reserves its log at open: the SIGKILL leaves frames followed by zeros, which the
    // restart must read up to and no further.
    expect(statSync(join(dataDir, 'onewindow.db-wal')).size).toBeGreaterThanOrEqual(126 * 2 ** 20);
    const cookie = await first.login('clerk');
    const keys = Array.from({ length: RECEIPTS }, (_, i) => `crash-${i}-${randomUUID()}`);
    const answered = new Map<number, { id: string; caseNumber: string }>();
    let next = 0;
    let killed: Promise<unknown> | undefined;
    const worker = async () => {
      while (next < RECEIPTS) {
        const i = next++;
        try {
          const res = await post(first, cookie, keys[i], bodies[i % bodies.length]);
          if (res.status === 201) answered.set(i, res.body.case);
        } catch {
          // the connection died with the server: this receipt is unanswered
        }
        if (answered.size >= KILL_AFTER && !killed) killed = first.stop('SIGKILL');
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    await killed;
    // No orphan keeps the port or the database: the workers see the primary's channel close and exit.
    expect(await allEnded(workers, 5_000)).toBe(true);
    expect(answered.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(answered.size).toBeLessThan(RECEIPTS);

    const second = await spawnServer({ dataDir, env: { WORKERS: '2' } });
    running.push(second);
    const clerk = await second.login('clerk');
    for (const [, filed] of answered) {
      const res = await fetch(`${second.baseUrl}/api/cases/${filed.id}`, { headers: { Cookie: clerk } });
      expect(res.status).toBe(200);
      expect(((await res.json()) as { case: { caseNumber: string } }).case.caseNumber).toBe(filed.caseNumber);
    }
    // Every unanswered receipt is retried with its key: filed at most once, whether or not it had committed.
    const ids = new Set([...answered.values()].map((c) => c.id));
    let committedUnanswered = 0;
    for (let i = 0; i < RECEIPTS; i++) {
      if (answered.has(i)) continue;
      const retry = await post(second, clerk, keys[i], bodies[i % bodies.length]);
      expect(retry.status).toBe(201);
      if (retry.replayed) committedUnanswered++;
      ids.add(retry.body.case.id);
    }
    console.info(
      `crash: ${answered.size} receipts answered 201 before SIGKILL, all found after restart; ` +
        `${RECEIPTS - answered.size} unanswered retried (${committedUnanswered} had committed unanswered)`,
    );
    expect(ids.size).toBe(RECEIPTS);
    const inbox = await fetch(`${second.baseUrl}/api/cases?pageSize=1`, { headers: { Cookie: clerk } });
    expect(((await inbox.json()) as { total: number }).total).toBe(RECEIPTS);

    const inspector = await second.login('inspector');
    const verify = await fetch(`${second.baseUrl}/api/audit/verify`, { headers: { Cookie: inspector } });
    expect(verify.status).toBe(200);
    expect(await verify.json()).toMatchObject({ ok: true });
    await second.stop('SIGTERM');
  }, 180_000);
});
