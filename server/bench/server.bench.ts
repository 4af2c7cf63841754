/**
 * The server bench (`npm run bench`, after the engine bench): the real server started as `npm start`
 * starts it — the default `WORKERS` (one worker process per core, at most 4), SQLite with durability
 * `full` as in production — in a temp data directory on loopback, loaded with autocannon 9 from this
 * process. Server CPU is summed over the primary and all its workers, and autocannon's own CPU (this
 * process) is printed too: both share the machine's cores.
 *
 * 1. the stateless check `POST /api/check` — requests/s and p99 (10 connections);
 * 2. receipts `POST /api/cases`, each a different application writing a case, its event, an audit
 *    record and its own facts snapshot — requests/s and p99 (10 connections);
 * 3. inbox pages `GET /api/cases?page=…` with 100,000 cases in the store (written through the
 *    store's own connection to the same file) — p50/p99 of a page as one clerk waits for it
 *    (1 connection, pages spread over the whole history), then under 10 clerks at once, then filtered.
 *
 * Prints a table and one JSON line, with the load average: figures from a busy machine mean little.
 * Knobs: BENCH_SECONDS (10), BENCH_CONNECTIONS (10), BENCH_INBOX_CASES (100000), BENCH_PROFILE_DIR
 * (profile the server with --cpu-prof into that directory: one profile per process), BENCH_WORKERS
 * (a comma-separated list such as `1,2`: one server per entry, all started first, the check and
 * receipt loads run on each in turn — side by side in one run — and the inbox loads on the last;
 * default: one server with the default `WORKERS`).
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
import { childPids, type SpawnedServer, spawnServer } from './spawn-server.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const INBOX_CASES = Number(process.env.BENCH_INBOX_CASES ?? 100_000);
const PROFILE_DIR = process.env.BENCH_PROFILE_DIR;
const WORKER_COUNTS: (string | undefined)[] = process.env.BENCH_WORKERS?.split(',').map((w) => w.trim()) ?? [
  undefined,
];
const TARGET = { checkRps: 3000, checkP99: 20, receiptRps: 1000, receiptP99: 30, inboxMs: 20 };

/** CPU time (user + system, ms) a process has used, from /proc (Linux; clock ticks of 10 ms). */
function processCpuMs(pid: number): number | null {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return null;
  const fields = readFileSync(file, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * CPU time the server has used, by process: the primary (or single process) and each worker. Divided
 * by the requests of a load it gives the server's CPU cost per request, which a busy machine distorts
 * far less than requests/s and latencies.
 */
function serverCpuMs(pid: number | undefined): Map<number, number> | null {
  if (pid === undefined || processCpuMs(pid) === null) return null;
  const byProcess = new Map<number, number>();
  for (const p of [pid, ...childPids(pid)]) byProcess.set(p, processCpuMs(p) ?? 0);
  return byProcess;
}

/** CPU used between two readings, over the processes of the second (a replaced worker counts from 0). */
function cpuBetween(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
  return total;
}

/** This process's CPU (ms): autocannon's, which shares the cores with the server. */
function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

interface Load {
  connections: number;
  /** Server CPU per answered request, ms, summed over all its processes (null without /proc). */
  cpuMsPerRequest: number | null;
  /** autocannon's CPU per answered request, ms. */
  loadCpuMsPerRequest: number;
  /** autocannon's CPU as a share of one core over the load. */
  loadCpuCore: number;
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
  const ownBefore = ownCpuMs();
  const started = performance.now();
  const result = await autocannon({
    url: server.baseUrl,
    connections,
    duration: seconds,
    headers: { Cookie: cookie, 'Content-Type': 'application/json' },
    requests,
  });
  const own = ownCpuMs() - ownBefore;
  const elapsed = performance.now() - started;
  const cpuAfter = serverCpuMs(server.process.pid);
  const cpu =
    cpuBefore === null || cpuAfter === null ? null : cpuBetween(cpuBefore, cpuAfter) / result.requests.total;
  return {
    connections,
    cpuMsPerRequest: cpu === null ? null : Math.round(cpu * 100) / 100,
    loadCpuMsPerRequest: Math.round((own / result.requests.total) * 100) / 100,
    loadCpuCore: Math.round((own / elapsed) * 100) / 100,
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
    'autocannon CPU': `${l.loadCpuMsPerRequest} ms/req, ${l.loadCpuCore} core`,
    result: met ? 'met' : 'MISSED',
    target,
  };
}

interface BenchServer {
  server: SpawnedServer;
  dataDir: string;
  /** Worker processes serving (1: the single process of `WORKERS=1`). */
  workers: number;
  cookie: string;
}

async function startBenchServer(workers: string | undefined): Promise<BenchServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'onewindow-bench-'));
  const server = await spawnServer({
    dataDir,
    env: { LOG_LEVEL: 'error', ...(workers === undefined ? {} : { WORKERS: workers }) },
    nodeArgs: PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : [],
  });
  return {
    server,
    dataDir,
    workers: Math.max(1, server.workerPids().length),
    cookie: await server.login('clerk'),
  };
}

/** Inbox pages with {@link INBOX_CASES} cases in the store: one clerk, ten at once, filtered. */
async function loadInbox({ server, dataDir, cookie }: BenchServer) {
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
  return { total, fillMs, inbox, inboxBusy, filtered };
}

async function main(): Promise<void> {
  // Every server is up before any load, and the loads alternate between them: side by side.
  const servers: BenchServer[] = [];
  try {
    for (const workers of WORKER_COUNTS) servers.push(await startBenchServer(workers));
    const input = exampleInput('construction-permit', 'accept');
    const body = JSON.stringify(input);
    const post = (path: string): autocannon.Request[] => [{ method: 'POST', path, body }];
    // Every receipt a different application (its project named with a running number), as at a
    // counter: each writes its own facts snapshot, not one stored once and referred to ever after.
    // The body is written once around a marker in the project name and each request puts its number
    // there: autocannon shares the cores with the server, so its own work per request is kept small.
    let filed = 0;
    const project = input.formData.project as Record<string, unknown>;
    const marker = '\u0000n\u0000';
    const [before, after] = JSON.stringify({
      ...input,
      formData: { ...input.formData, project: { ...project, name: `${project.name} ${marker}` } },
    }).split(JSON.stringify(marker).slice(1, -1));
    const receipt: autocannon.Request[] = [
      {
        method: 'POST',
        path: '/api/cases',
        setupRequest: (request) => ({ ...request, body: `${before}${++filed}${after}` }),
      },
    ];
    const checks: Load[] = [];
    const receipts: Load[] = [];
    for (const { server, cookie } of servers) await load(server, cookie, post('/api/check'), { seconds: 2 });
    for (const { server, cookie } of servers) checks.push(await load(server, cookie, post('/api/check')));
    for (const { server, cookie } of servers) await load(server, cookie, receipt, { seconds: 2 });
    for (const { server, cookie } of servers) receipts.push(await load(server, cookie, receipt));
    const last = servers[servers.length - 1];
    const { total, fillMs, inbox, inboxBusy, filtered } = await loadInbox(last);

    const named = (name: string, b: BenchServer) =>
      `${name}, ${b.workers === 1 ? '1 process' : `${b.workers} workers`}`;
    const rows = servers.flatMap((b, i) => [
      row(
        named('POST /api/check (stateless)', b),
        checks[i],
        checks[i].rps >= TARGET.checkRps && checks[i].p99 <= TARGET.checkP99,
        `≥ ${TARGET.checkRps}/s, p99 ≤ ${TARGET.checkP99} ms`,
      ),
      row(
        named('POST /api/cases (receipt)', b),
        receipts[i],
        receipts[i].rps >= TARGET.receiptRps && receipts[i].p99 <= TARGET.receiptP99,
        `≥ ${TARGET.receiptRps}/s, p99 ≤ ${TARGET.receiptP99} ms`,
      ),
    ]);
    rows.push(
      row(
        named(`GET /api/cases?page= (${total} cases)`, last),
        inbox,
        inbox.p99 <= TARGET.inboxMs,
        `≤ ${TARGET.inboxMs} ms`,
      ),
      row('  same, 10 clerks at once', inboxBusy, inboxBusy.p99 <= TARGET.inboxMs, `≤ ${TARGET.inboxMs} ms`),
      row('GET /api/cases filtered', filtered, filtered.p99 <= TARGET.inboxMs, `≤ ${TARGET.inboxMs} ms`),
    );
    const load1 = loadavg()[0].toFixed(1);
    console.log(
      `\nServer bench: ${servers.map((b) => `WORKERS=${b.workers}`).join(' vs ')} (SQLite, fsync per commit), ` +
        `autocannon in this process; load average ${load1}`,
    );
    console.table(rows);
    const errors = [...checks, ...receipts, inbox, inboxBusy, filtered].reduce((n, l) => n + l.errors, 0);
    if (errors > 0) console.log(`Non-2xx answers or errors: ${errors}`);
    console.log(`(${INBOX_CASES} cases written through the store in ${(fillMs / 1000).toFixed(1)} s)`);
    console.log(
      JSON.stringify({
        bench: 'server',
        loadAverage: Number(load1),
        workers: last.workers,
        check: checks[checks.length - 1],
        receipt: receipts[receipts.length - 1],
        inbox: { cases: total, ...inbox },
        inboxBusy,
        inboxFiltered: filtered,
        ...(servers.length > 1
          ? {
              sideBySide: servers.map((b, i) => ({
                workers: b.workers,
                check: checks[i],
                receipt: receipts[i],
              })),
            }
          : {}),
        targets: TARGET,
      }),
    );
  } finally {
    for (const { server, dataDir } of servers) {
      await server.stop('SIGTERM');
      rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

await main();
