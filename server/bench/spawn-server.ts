import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  /** What it printed so far (for failure messages). */
  output(): string;
  /** The first-start passwords the server wrote to its data directory. */
  passwords(): Record<string, string>;
  /** Logs in and returns the `Cookie` header value. */
  login(username: string): Promise<string>;
  /** SIGKILL (a crash) or SIGTERM (a drain), and waits for the process to end. */
  stop(signal: 'SIGKILL' | 'SIGTERM'): Promise<void>;
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
      if ((await fetch(`${baseUrl}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server was not ready within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts `node --import tsx server/src/main.ts` (what `npx tsx` runs, without a wrapper process, so a
 * SIGKILL reaches the server itself) with `DATA_DIR`, a free `PORT` and `HOST=127.0.0.1`, and waits
 * for `/readyz`.
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
    printed = (printed + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitReady(baseUrl, child, () => printed, args.readyTimeoutMs ?? 60_000);

  const passwords = () =>
    parseInitialPasswords(readFileSync(join(args.dataDir, INITIAL_PASSWORD_FILE), 'utf8'));
  const server: SpawnedServer = {
    baseUrl,
    dataDir: args.dataDir,
    process: child,
    output: () => printed,
    passwords,
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
      await exited;
    },
  };
  return server;
}
