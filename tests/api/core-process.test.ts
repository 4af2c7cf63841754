import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  INITIAL_PASSWORD_FILE,
  parseInitialPasswords,
} from '../../server/src/accounts/bootstrap-accounts.ts';

/*
 * The real `npm start` entry (server/src/main.ts) as a child process: first-start accounts, PORT=0,
 * and a graceful SIGTERM that finishes the requests in flight — with the default WORKERS (a cluster
 * on a machine of two cores or more), and with WORKERS=1 (one process).
 */

const ROOT = resolve(import.meta.dirname, '../..');
const dirs: string[] = [];

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  port: number;
  /** Everything the process has written to stdout so far. */
  stdout: () => string;
  exited: Promise<number | null>;
}

function start(dataDir: string, env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => {
    out += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    err += chunk;
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 90 s:\n${out}\n${err}`)), 60_000);
    const poll = setInterval(() => {
      const match = /is running at http:\/\/localhost:(\d+)/.exec(out);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolveStart({ child, port: Number(match[1]), stdout: () => out, exited });
      }
    }, 50);
    exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before listening:\n${out}\n${err}`));
    });
  });
}

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'onewindow-main-'));
  dirs.push(dir);
  return join(dir, 'data');
}

describe('npm start', () => {
  it('on first start creates the accounts, prints their passwords once and writes them to a 0600 file', async () => {
    const dataDir = tempDataDir();
    const first = await start(dataDir);
    const file = join(dataDir, INITIAL_PASSWORD_FILE);
    const passwords = parseInitialPasswords(readFileSync(file, 'utf8'));
    try {
      expect(Object.keys(passwords).sort()).toEqual(['admin', 'clerk', 'inspector']);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(first.stdout().split(passwords.admin).length - 1).toBe(1);
      const login = await fetch(`http://127.0.0.1:${first.port}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: passwords.admin }),
      });
      expect(login.status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${first.port}/readyz`)).status).toBe(200);
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toBe(0);

    const second = await start(dataDir);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
    expect(second.stdout()).not.toContain(passwords.admin);
    expect(second.stdout()).not.toMatch(/First start/);
    expect(parseInitialPasswords(readFileSync(file, 'utf8'))).toEqual(passwords);
  }, 240_000);

  it('on SIGTERM stops accepting, finishes the request in flight, closes the store and exits 0', async () => {
    const running = await start(tempDataDir());
    const body = JSON.stringify({ username: 'clerk', password: 'certainly-wrong' });
    const socket = connect(running.port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => {
      answer += chunk;
    });
    const closed = new Promise<void>((done) => socket.on('close', () => done()));
    await new Promise<void>((done) => socket.once('connect', () => done()));
    socket.write(
      `POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    socket.write(body.slice(0, 10));
    // Once another request has had its answer, the server has surely read the first one's headers.
    expect((await fetch(`http://127.0.0.1:${running.port}/healthz`)).status).toBe(200);

    running.child.kill('SIGTERM');
    let refused = false;
    for (let i = 0; i < 100 && !refused; i++) {
      await new Promise((done) => setTimeout(done, 100));
      refused = await fetch(`http://127.0.0.1:${running.port}/healthz`).then(
        () => false,
        () => true,
      );
    }
    expect(refused).toBe(true);

    // The rest of the body, without half-closing: the server closes the connection after its answer.
    socket.write(body.slice(10));
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 401 /);
    expect(await running.exited).toBe(0);
    expect(running.stdout()).toMatch(/SIGTERM/);
  }, 240_000);

  it('with WORKERS=1 serves from the one process, with no cluster, and SIGTERM exits 0', async () => {
    const running = await start(tempDataDir(), { WORKERS: '1' });
    expect(running.stdout()).toMatch(/is running at http:\/\/localhost:\d+\n/);
    expect((await fetch(`http://127.0.0.1:${running.port}/readyz`)).status).toBe(200);
    const pid = running.child.pid as number;
    expect(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim()).toBe('');
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);
  }, 120_000);

  it('gives up with exit 1 when its workers keep dying at start (here: the port is taken)', async () => {
    const taken = createServer();
    await new Promise<void>((done) => taken.listen(0, '127.0.0.1', () => done()));
    const { port } = taken.address() as { port: number };
    try {
      const started = start(tempDataDir(), { WORKERS: '2', PORT: String(port) });
      await expect(started).rejects.toThrow(/exited with 1 before listening/);
      await expect(started).rejects.toThrow(/a worker died \d+ times in a row at start; giving up/);
    } finally {
      taken.close();
    }
  }, 180_000);
});
