import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INITIAL_PASSWORD_FILE, parseInitialPasswords } from '../src/accounts/bootstrap-accounts.ts';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

/** The real server (`server/src/main.ts`) in a child process, on loopback. */
export interface SpawnedServer {
  baseUrl: string;
  dataDir: string;
  process: ChildProcess;
  /** What it printed so far (the last 2 MB: failure messages, request log lines). */
  output(): string;
  /** The first-start passwords the server wrote to its data directory. */
  passwords(): Record<string, string>;
  /** Logs in and returns the `Cookie` header value. */
  login(username: string): Promise<string>;
  /** The pids of the server's worker processes (none with `WORKERS=1`); Linux only (/proc). */
  workerPids(): number[];
  /** SIGKILL (a crash) or SIGTERM (a drain), and waits for the process to end; resolves to its exit code. */
  stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<number | null>;
}

/** The child processes of `pid` (Linux: /proc/<pid>/task/<pid>/children; empty elsewhere). */
export function childPids(pid: number | undefined): number[] {
  const file = `/proc/${pid}/task/${pid}/children`;
  if (pid === undefined || !existsSync(file)) return [];
  return readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
}

/** Whether a process runs: it exists and is not a zombie waiting to be reaped (Linux: /proc state). */
export function isAlive(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1][0] !== 'Z';
  } catch {
    return false;
  }
}

/** A TCP port nobody listens on right now (loopback). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitReady(baseUrl: string, child: ChildProcess, output: () => string, timeoutMs: number) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${output()}`);
    try {
      // "is running" comes once every worker listens; /readyz, that one of them answers.
      if (output().includes('is running at') && (await fetch(`${baseUrl}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server was not ready within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts `node --import tsx server/src/main.ts` (what `npx tsx` runs, without a wrapper process, so a
 * SIGKILL reaches the server itself — with `WORKERS` > 1, the cluster primary) with `DATA_DIR`, a
 * free `PORT` and `HOST=127.0.0.1`, and waits until it says it is running (every worker listens) and
 * `/readyz` answers.
 */
export async function spawnServer(args: {
  dataDir: string;
  env?: Record<string, string>;
  /** Extra node flags, e.g. `--cpu-prof` to profile the server. */
  nodeArgs?: string[];
  readyTimeoutMs?: number;
}) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(args.nodeArgs ?? []), '--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO,
    env: {
      ...process.env,
      DATA_DIR: args.dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      ...args.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  const keep = (chunk: Buffer) => {
    printed = (printed + chunk.toString('utf8')).slice(-2_000_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitReady(baseUrl, child, () => printed, args.readyTimeoutMs ?? 60_000);

  const passwords = () =>
    parseInitialPasswords(readFileSync(join(args.dataDir, INITIAL_PASSWORD_FILE), 'utf8'));
  const server: SpawnedServer = {
    baseUrl,
    dataDir: args.dataDir,
    process: child,
    output: () => printed,
    passwords,
    workerPids: () => childPids(child.pid),
    async login(username) {
      const res = await fetch(`${baseUrl}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password: passwords()[username] }),
      });
      if (res.status !== 200) throw new Error(`login as ${username}: ${res.status} ${await res.text()}`);
      return res.headers.getSetCookie()[0].split(';')[0];
    },
    async stop(signal) {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return await exited;
    },
  };
  return server;
}
