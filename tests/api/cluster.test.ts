import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAlive, type SpawnedServer, spawnServer } from '../../server/bench/spawn-server.ts';
import { exampleInput } from './cases-fixtures.ts';

/*
 * The real server with WORKERS=2 (node:cluster): two processes, each with its own SQLite connection,
 * serving one port. Requests go out on fresh connections, which the primary deals round-robin, and
 * each answer's worker is read from its request log line (pino, with the pid) by its X-Request-Id.
 */

const dataDir = mkdtempSync(join(tmpdir(), 'onewindow-cluster-'));
let server: SpawnedServer;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  server = await spawnServer({ dataDir, env: { WORKERS: '2', LOG_LEVEL: 'info' } });
  for (const role of ['clerk', 'admin', 'inspector']) cookies[role] = await server.login(role);
}, 120_000);

afterAll(async () => {
  await server?.stop('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: JSON answers of several routes
  body: any;
  /** The worker that answered. */
  pid: number;
}

/** The pid in the request log line of `reqId` (the line may reach the pipe just after the answer). */
async function answeredBy(reqId: string): Promise<number> {
  for (let i = 0; i < 100; i++) {
    for (const line of server.output().split('\n')) {
      if (!line.includes(reqId)) continue;
      const entry = JSON.parse(line) as { reqId?: string; pid?: number };
      if (entry.reqId === reqId && entry.pid !== undefined) return entry.pid;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`no log line for request ${reqId}`);
}

interface CallOptions {
  cookie?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Send it on this agent's connection; by default on a connection of its own, dealt to the next worker. */
  agent?: Agent;
}

/** One request and the worker that answered it. */
function call(
  method: string,
  path: string,
  { cookie, body, headers = {}, agent }: CallOptions = {},
): Promise<Answer> {
  const reqId = `cluster-${randomUUID()}`;
  const text = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.baseUrl}${path}`,
      {
        method,
        agent: agent ?? false,
        headers: {
          'X-Request-Id': reqId,
          ...(cookie ? { Cookie: cookie } : {}),
          ...(text === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
      },
      (res) => {
        let raw = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          raw += chunk;
        });
        res.on('end', () => {
          answeredBy(reqId).then(
            (pid) => resolve({ status: res.statusCode ?? 0, body: raw ? JSON.parse(raw) : null, pid }),
            reject,
          );
        });
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/** Sends the request on fresh connections until `wanted` (a worker pid) answers it (a read, safe to repeat). */
async function callOn(wanted: number, method: string, path: string, cookie?: string): Promise<Answer> {
  for (let i = 0; i < 20; i++) {
    const answer = await call(method, path, { cookie });
    if (answer.pid === wanted) return answer;
  }
  throw new Error(`worker ${wanted} never answered ${path}`);
}

/** An agent with one kept-alive connection, to worker `wanted`: what is sent on it, that worker answers. */
async function connectionTo(wanted: number): Promise<Agent> {
  for (let i = 0; i < 20; i++) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    if ((await call('GET', '/healthz', { agent })).pid === wanted) return agent;
    agent.destroy();
  }
  throw new Error(`no connection reached worker ${wanted}`);
}

async function inParallel<T>(
  count: number,
  concurrency: number,
  task: (i: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const i = next++;
      results[i] = await task(i);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return results;
}

async function verifyChain(): Promise<void> {
  const verify = await call('GET', '/api/audit/verify', { cookie: cookies.inspector });
  expect(verify.status).toBe(200);
  expect(verify.body).toMatchObject({ ok: true });
}

describe('WORKERS=2: one port, two worker processes sharing the SQLite file', () => {
  it('says once that it is running, when both workers listen, and each worker answers /readyz', async () => {
    expect(server.output().match(/is running at/g)).toHaveLength(1);
    expect(server.output()).toMatch(/is running at http:\/\/localhost:\d+ \(2 worker processes\)/);
    const workers = server.workerPids();
    expect(workers).toHaveLength(2);
    for (const pid of workers) {
      const ready = await callOn(pid, 'GET', '/readyz');
      expect(ready).toMatchObject({ status: 200, body: { status: 'ready', store: 'sqlite' } });
    }
  });

  it('files concurrent receipts on both workers with distinct case numbers and one linear audit chain', async () => {
    const before = (await call('GET', '/api/audit?kind=check&limit=1000', { cookie: cookies.inspector })).body
      .records.length;
    const receipts = await inParallel(120, 24, (i) =>
      call('POST', '/api/cases', {
        cookie: cookies.clerk,
        body: exampleInput(i % 2 ? 'construction-permit' : 'birth-registration', 'accept'),
      }),
    );
    expect(receipts.map((r) => r.status)).toEqual(receipts.map(() => 201));
    expect(new Set(receipts.map((r) => r.pid))).toEqual(new Set(server.workerPids()));
    const numbers = receipts.map((r) => r.body.case.caseNumber as string);
    expect(new Set(numbers).size).toBe(numbers.length);

    const audit = await call('GET', '/api/audit?limit=1000', { cookie: cookies.inspector });
    const records = audit.body.records as { seq: number; prevHash: string; hash: string; kind: string }[];
    records.forEach((record, i) => {
      expect(record.seq).toBe(records[0].seq + i);
      if (i > 0) expect(record.prevHash).toBe(records[i - 1].hash);
    });
    expect(records.filter((r) => r.kind === 'check').length - before).toBe(120);
    await verifyChain();
  });

  it('files ONE case for the same Idempotency-Key sent at once on many connections', async () => {
    const key = `cluster-once-${randomUUID()}`;
    const body = exampleInput('construction-permit', 'accept');
    const total = async () =>
      (await call('GET', '/api/cases?pageSize=1', { cookie: cookies.clerk })).body.total as number;
    const casesBefore = await total();
    const answers = await inParallel(24, 24, () =>
      call('POST', '/api/cases', { cookie: cookies.clerk, body, headers: { 'Idempotency-Key': key } }),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    expect(new Set(answers.map((a) => a.pid)).size).toBe(2);
    expect(new Set(answers.map((a) => a.body.case.id)).size).toBe(1);
    expect(await total()).toBe(casesBefore + 1);
    await verifyChain();
  });

  it('honours a logout answered by one worker on the other at once', async () => {
    const session = await server.login('clerk');
    const [first, second] = server.workerPids();
    expect((await callOn(second, 'GET', '/api/auth/me', session)).status).toBe(200);
    const logout = await callOn(first, 'POST', '/api/auth/logout', session);
    expect(logout.status).toBeLessThan(300);
    expect((await callOn(second, 'GET', '/api/auth/me', session)).status).toBe(401);
  });

  it('recomputes open cases once after a calendar PUT, and the other worker counts with the new calendar at once', async () => {
    const [first, second] = server.workerPids();
    const agents = new Map([
      [first, await connectionTo(first)],
      [second, await connectionTo(second)],
    ]);
    const acceptOn = async (pid: number) => {
      const agent = agents.get(pid);
      const body = exampleInput('construction-permit', 'accept');
      const filed = await call('POST', '/api/cases', { cookie: cookies.clerk, body, agent });
      const id = filed.body.case.id as string;
      const accepted = await call('POST', `/api/cases/${id}/actions/accept`, {
        cookie: cookies.clerk,
        body: { expectedRevision: filed.body.case.revision },
        agent,
      });
      expect(accepted).toMatchObject({ status: 200, pid });
      return accepted.body.case as { id: string; promisedDue: string };
    };
    // Both workers have counted with (and cached) the calendar before it changes.
    const open = await acceptOn(first);
    expect((await acceptOn(second)).promisedDue).toBe(open.promisedDue);

    const year = Number(open.promisedDue.slice(0, 4));
    const calendars = (await call('GET', '/api/calendars', { cookie: cookies.admin })).body.calendars as {
      year: number;
      holidays: { date: string; name: string }[];
      workdays: unknown[];
    }[];
    const current = calendars.find((c) => c.year === year) ?? { year, holidays: [], workdays: [] };
    // The promised due date becomes a holiday: every open case due that day moves.
    const changed = {
      ...current,
      holidays: [...current.holidays, { date: open.promisedDue, name: '集群测试' }].sort((a, b) =>
        a.date.localeCompare(b.date),
      ),
    };
    const recomputed = async () =>
      (
        await call('GET', `/api/audit?kind=calendar&subject=calendar@${year}&limit=1000`, {
          cookie: cookies.inspector,
        })
      ).body.records.filter(
        (r: { payload: { action?: string } }) => r.payload.action === 'deadlines-recomputed',
      ).length;
    const recomputesBefore = await recomputed();
    const put = await call('PUT', `/api/calendars/${year}`, {
      cookie: cookies.admin,
      body: changed,
      agent: agents.get(first),
    });
    expect(put).toMatchObject({ status: 200, pid: first });

    const moved = (
      await call('GET', `/api/cases/${open.id}`, { cookie: cookies.clerk, agent: agents.get(second) })
    ).body.case;
    expect(moved.promisedDue > open.promisedDue).toBe(true);
    expect(await recomputed()).toBe(recomputesBefore + 1);
    // The worker that did not write the calendar counts a new case with it straight away.
    expect((await acceptOn(second)).promisedDue).toBe(moved.promisedDue);
    for (const agent of agents.values()) agent.destroy();
    await verifyChain();
  });

  it('replaces a worker that dies, logging it, and serves on with the survivor and the replacement', async () => {
    const [victim, survivor] = server.workerPids();
    process.kill(victim, 'SIGKILL');
    // Not a request before the primary has seen the death: one dealt to the dead worker meanwhile is lost.
    let workers: number[] = [];
    for (let i = 0; i < 300 && !(workers.length === 2 && !workers.includes(victim)); i++) {
      await new Promise((r) => setTimeout(r, 100));
      workers = server.workerPids().filter(isAlive);
    }
    expect(server.output()).toMatch(
      /"worker":\d+,"code":null,"signal":"SIGKILL".*"msg":"worker died; replacing it"/,
    );
    expect(workers).toHaveLength(2);
    expect(workers).toContain(survivor);
    const replacement = workers.find((pid) => pid !== survivor) as number;
    const listening = new RegExp(`"pid":${replacement},.*"msg":"worker listening"`);
    for (let i = 0; i < 300 && !listening.test(server.output()); i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(server.output()).toMatch(listening);
    expect((await callOn(replacement, 'GET', '/readyz')).status).toBe(200);
    expect((await callOn(survivor, 'GET', '/readyz')).status).toBe(200);
  }, 60_000);

  it('on SIGTERM has both workers drain and close their stores, then exits 0 with no worker left', async () => {
    const workers = server.workerPids();
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.output()).toMatch(/SIGTERM: finishing the requests in flight/);
    for (const pid of workers) expect(isAlive(pid)).toBe(false);
    // Closed cleanly: the last connection to close checkpointed and removed the log.
    expect(() => readFileSync(join(dataDir, 'onewindow.db-wal'))).toThrow();
  });
});
