/**
 * The server bench (`npm run bench`, after the engine bench): the real server in a child process on
 * loopback with a temp data directory (SQLite, durability `full` as in production), loaded with
 * autocannon 9 from this process, so that server and load generator each have one of the two cores:
 *
 * 1. the stateless check `POST /api/check` — requests/s and p99 (10 connections);
 * 2. receipts `POST /api/cases`, each writing a case, its event, an audit record and the facts —
 *    requests/s and p99 (10 connections);
 * 3. inbox pages `GET /api/cases?page=…` with 100,000 cases in the store (written through the
 *    store's own connection to the same file) — p50/p99 of a page as one clerk waits for it
 *    (1 connection, pages spread over the whole history), then under 10 clerks at once, then filtered.
 *
 * Prints a table and one JSON line, with the load average: figures from a busy machine mean little.
 * Knobs: BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_INBOX_CASES (100000), BENCH_PROFILE_DIR
 * (profile the server with --cpu-prof into that directory).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkCalendar } from '@onewindow/runtime/engine';
import autocannon from 'autocannon';
import { exampleInput } from '../../tests/api/cases-fixtures.ts';
import { createSqliteStore } from '../src/storage/sqlite/create-sqlite-store.ts';
import { localDate } from '../src/system-clock.ts';
import { fillInbox } from './fill-inbox.ts';
import { type SpawnedServer, spawnServer } from './spawn-server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const INBOX_CASES = Number(process.env.BENCH_INBOX_CASES ?? 100_000);
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const TARGET = { checkRps: 3000, checkP99: 20, receiptRps: 1000, receiptP99: 30, inboxMs: 20 };

/**
 * CPU time (user + system, ms) the server process has used, from /proc (Linux; clock ticks of 10 ms).
 * Divided by the requests of a load it gives the server's CPU cost per request, which a busy machine
 * distorts far less than requests/s and latencies.
 */
function serverCpuMs(pid: number | undefined): number | null {
  const file = `/proc/${pid}/stat`;
  if (pid === undefined || !existsSync(file)) return null;
  const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

interface Load {
  connections: number;
  /** Server CPU per answered request, ms (null where /proc is not available). */
  cpuMsPerRequest: number | null;
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
}

async function load(
  server: SpawnedServer,
  cookie: string,
  requests: autocannon.Request[],
  { seconds = SECONDS, connections = CONNECTIONS } = {},
): Promise<Load> {
  const cpuBefore = serverCpuMs(server.process.pid);
  const result = await autocannon({
    url: server.baseUrl,
    connections,
    duration: seconds,
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    requests,
  });
  const cpuAfter = serverCpuMs(server.process.pid);
  const cpu = cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / result.requests.total;
  return {
    connections,
    cpuMsPerRequest: cpu === null ? null : Math.round(cpu * 100) / 100,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

function row(name: string, l: Load, met: boolean, target: string) {
  return {
    load: name,
    conns: l.connections,
    rate: `${l.rps}/s`,
    p50: `${l.p50} ms`,
    p99: `${l.p99} ms`,
    'server CPU/req': l.cpuMsPerRequest === null ? '' : `${l.cpuMsPerRequest} ms`,
    result: met ? 'met' : 'MISSED',
    target,
  };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'onewindow-bench-'));
  const server = await spawnServer({
    dataDir,
    env: { LOG_LEVEL: 'error' },
    nodeArgs: PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [],
  });
  try {
    const cookie = await server.login('clerk');
    const body = JSON.stringify(exampleInput('construction-permit', 'accept'));
    const post = (path: string): autocannon.Request[] => [{ method: 'POST', path, body }];

    await load(server, cookie, post('/api/check'), { seconds: 2 });
    const check = await load(server, cookie, post('/api/check'));
    await load(server, cookie, post('/api/cases'), { seconds: 2 });
    const receipt = await load(server, cookie, post('/api/cases'));

    const store = createSqliteStore({ file: join(dataDir, 'onewindow.db'), durability: 'normal' });
    const today = localDate(new Date(), 'Asia/Shanghai');
    const refs = [];
    for (const item of await store.listItems({ status: 'active' })) {
      const v = (await store.getVersion({ code: item.code }))!;
      refs.push({ code: v.code, version: v.version, hash: v.hash, name: item.name });
    }
    const calendar = createWorkCalendar(await store.listCalendars());
    const fillMs = await fillInbox({ store, count: INBOX_CASES, today, refs, calendar });
    const total = (await store.listInbox({ limit: 1 })).total;
    await store.close();

    const lastPage = Math.ceil(total / 20);
    const pages = Array.from({ length: 50 }, (_, i) => ({
      method: 'GET' as const,
      path: `/api/cases?page=${1 + Math.floor((i * (lastPage - 1)) / 49)}&pageSize=20`,
    }));
    const filters: autocannon.Request[] = [
      { method: 'GET', path: '/api/cases?status=in-review&page=3' },
      { method: 'GET', path: `/api/cases?dueBefore=${today}&status=accepted,in-review` },
      { method: 'GET', path: '/api/cases?q=%E7%8E%8B%E8%8A%B3' },
      { method: 'GET', path: '/api/cases?light=red&page=2' },
    ];
    await load(server, cookie, pages, { seconds: 2, connections: 1 });
    const inbox = await load(server, cookie, pages, { connections: 1 });
    const inboxBusy = await load(server, cookie, pages);
    const filtered = await load(server, cookie, filters, { connections: 1 });

    const rows = [
      row(
        'POST /api/check (stateless)',
        check,
        check.rps >= TARGET.checkRps && check.p99 <= TARGET.checkP99,
        `≥ ${TARGET.checkRps}/s, p99 ≤ ${TARGET.checkP99} ms`,
      ),
      row(
        'POST /api/cases (receipt)',
        receipt,
        receipt.rps >= TARGET.receiptRps && receipt.p99 <= TARGET.receiptP99,
        `≥ ${TARGET.receiptRps}/s, p99 ≤ ${TARGET.receiptP99} ms`,
      ),
      row(
        `GET /api/cases?page= (${total} cases)`,
        inbox,
        inbox.p99 <= TARGET.inboxMs,
        `≤ ${TARGET.inboxMs} ms`,
      ),
      row('  same, 10 clerks at once', inboxBusy, inboxBusy.p99 <= TARGET.inboxMs, `≤ ${TARGET.inboxMs} ms`),
      row('GET /api/cases filtered', filtered, filtered.p99 <= TARGET.inboxMs, `≤ ${TARGET.inboxMs} ms`),
    ];
    const load1 = loadavg()[0].toFixed(1);
    console.log(
      `\nServer bench: server in its own process (SQLite, fsync per commit); load average ${load1}`,
    );
    console.table(rows);
    const errors = check.errors + receipt.errors + inbox.errors + inboxBusy.errors + filtered.errors;
    if (errors > 0) console.log(`Non-2xx answers or errors: ${errors}`);
    console.log(`(${INBOX_CASES} cases written through the store in ${(fillMs / 1000).toFixed(1)} s)`);
    console.log(
      JSON.stringify({
        bench: 'server',
        loadAverage: Number(load1),
        check,
        receipt,
        inbox: { cases: total, ...inbox },
        inboxBusy,
        inboxFiltered: filtered,
        targets: TARGET,
      }),
    );
  } finally {
    await server.stop('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
