import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { hashPassword } from '../../server/src/auth/password-hash.ts';
import type { AppDeps, Clock, ServerConfig } from '../../server/src/deps.ts';
import { createHttpApp } from '../../server/src/http/create-http-app.ts';
import type { Role, RouteDef } from '../../server/src/http/route.ts';
import { createSqliteStore } from '../../server/src/storage/sqlite/create-sqlite-store.ts';

/** The seeded accounts' usernames are their roles; these are their passwords. */
export const TEST_PASSWORDS: Readonly<Record<Role, string>> = {
  admin: 'admin-test-password',
  clerk: 'clerk-test-password',
  inspector: 'inspector-test-password',
};

/** The harness's default "today": a Monday, in Asia/Shanghai. */
export const DEFAULT_TODAY = '2026-11-30';

export interface StartTestServerOptions {
  /** The local date the clock says (YYYY-MM-DD, Asia/Shanghai); default {@link DEFAULT_TODAY}. */
  today?: string;
  /** An SQLite file to use (kept on close, e.g. to restart on it); default a new one in a temp dir. */
  file?: string;
  /** Config overrides (e.g. a small `bodyLimit` or `loginAttempts`). */
  config?: Partial<ServerConfig>;
  /** Mount these instead of every route. */
  routes?: (deps: AppDeps) => RouteDef[];
  /** Publish the example items and load the calendars (default true). */
  seed?: boolean;
}

export interface RequestOptions {
  /** A value is sent as JSON; a string is sent as it is (for malformed bodies), as JSON unless `headers` say otherwise. */
  body?: unknown;
  /** Send the session cookie of this seeded account. */
  role?: Role;
  headers?: Record<string, string>;
}

// biome-ignore lint/suspicious/noExplicitAny: test answers are asserted on, not typed; `any` keeps assertions short
export type AnyJson = any;

export interface TestResponse<T = AnyJson> {
  status: number;
  /** Lower-cased header names; `set-cookie` values joined by ", " (see `cookies`). */
  headers: Record<string, string>;
  /** Parsed JSON for JSON answers, text otherwise, undefined when empty. */
  body: T;
  /** Each `Set-Cookie` value. */
  cookies: string[];
}

export interface TestServer {
  baseUrl: string;
  deps: AppDeps;
  request<T = AnyJson>(method: string, path: string, options?: RequestOptions): Promise<TestResponse<T>>;
  /** The `Cookie` header value of a logged-in session of the seeded account with this role. */
  cookieFor(role: Role): Promise<string>;
  /** Moves the clock to 09:00 on `date` (Asia/Shanghai); it then runs on from there. Later requests log in afresh. */
  setToday(date: string): void;
  close(): Promise<void>;
}

const TIME_ZONE = 'Asia/Shanghai';

/** 09:00 local on `date`, advancing with real time so instants stay distinct and ordered. */
function settableClock(today: string): Clock & { set(date: string): void } {
  let date = today;
  let base = 0;
  let setAt = 0;
  const set = (next: string) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(next) || Number.isNaN(Date.parse(`${next}T09:00:00+08:00`))) {
      throw new Error(`setToday(${next}): not a YYYY-MM-DD date`);
    }
    date = next;
    base = Date.parse(`${next}T09:00:00+08:00`);
    setAt = performance.now();
  };
  set(today);
  return { now: () => new Date(base + Math.floor(performance.now() - setAt)), today: () => date, set };
}

/** Cheap scrypt for the seeded accounts: hashes carry their parameters, so login verifies them as written. */
const TEST_SCRYPT = { N: 1024, r: 8, p: 1 };

async function seedAccounts(deps: AppDeps): Promise<void> {
  const names: Record<Role, string> = {
    admin: '测试管理员',
    clerk: '测试窗口人员',
    inspector: '测试督查人员',
  };
  for (const role of Object.keys(TEST_PASSWORDS) as Role[]) {
    if (await deps.store.getAccount({ username: role })) continue;
    await deps.store.createAccount({
      id: randomUUID(),
      username: role,
      displayName: names[role],
      role,
      passwordHash: await hashPassword(TEST_PASSWORDS[role], TEST_SCRYPT),
      at: deps.clock.now().toISOString(),
    });
  }
}

/**
 * Boots the real app (createApp) on 127.0.0.1 and a free port, on a real SQLite file, with a
 * settable clock (default 2026-11-30, Asia/Shanghai), accounts `admin`, `clerk`, `inspector`
 * ({@link TEST_PASSWORDS}), and the example items published with the calendars loaded.
 */
export async function startTestServer(options: StartTestServerOptions = {}): Promise<TestServer> {
  const dir = options.file ? undefined : mkdtempSync(join(tmpdir(), 'onewindow-api-'));
  const file = options.file ?? join(dir!, 'onewindow.db');
  const clock = settableClock(options.today ?? DEFAULT_TODAY);
  const config: ServerConfig = {
    dataDir: dir ?? tmpdir(),
    port: 0,
    timeZone: TIME_ZONE,
    bodyLimit: 1024 * 1024,
    sessionTtlHours: 12,
    loginAttempts: 5,
    loginWindowMinutes: 15,
    secureCookies: false,
    ...options.config,
  };
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const store = createSqliteStore({ file, durability: 'normal' });
  const deps: AppDeps = { store, clock, config, logger };
  await seedAccounts(deps);
  if (options.seed !== false) {
    const { seedExamples } = await import('../../server/src/seed/seed-examples.ts');
    await seedExamples(deps);
  }
  // Imported on demand so that a test of a few routes does not load every folder's routes.
  const app = options.routes
    ? createHttpApp(deps, options.routes(deps))
    : (await import('../../server/src/app.ts')).createApp(deps);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cookies = new Map<Role, Promise<string>>();

  const request = async <T = AnyJson>(
    method: string,
    path: string,
    { body, role, headers = {} }: RequestOptions = {},
  ): Promise<TestResponse<T>> => {
    const sent: Record<string, string> = { ...headers };
    const has = (name: string) => Object.keys(sent).some((key) => key.toLowerCase() === name);
    if (role) sent.Cookie = await cookieFor(role);
    let payload: string | undefined;
    if (body !== undefined) {
      payload = typeof body === 'string' ? body : JSON.stringify(body);
      if (!has('content-type')) sent['Content-Type'] = 'application/json';
    }
    const res = await fetch(baseUrl + path, { method, headers: sent, body: payload, redirect: 'manual' });
    const text = await res.text();
    const type = res.headers.get('content-type') ?? '';
    const parsed = text === '' ? undefined : /json/.test(type) ? JSON.parse(text) : text;
    return {
      status: res.status,
      headers: Object.fromEntries(res.headers.entries()),
      body: parsed as T,
      cookies: res.headers.getSetCookie(),
    };
  };

  const cookieFor = (role: Role): Promise<string> => {
    let cookie = cookies.get(role);
    if (!cookie) {
      cookie = request('POST', '/api/auth/login', {
        body: { username: role, password: TEST_PASSWORDS[role] },
      }).then((res) => {
        if (res.status !== 200)
          throw new Error(`login as ${role} failed: ${res.status} ${JSON.stringify(res.body)}`);
        return res.cookies[0].split(';')[0];
      });
      cookie.catch(() => cookies.delete(role));
      cookies.set(role, cookie);
    }
    return cookie;
  };

  return {
    baseUrl,
    deps,
    request,
    cookieFor,
    setToday(date) {
      clock.set(date);
      // Sessions expire on the clock: log in again on the new day rather than find them expired.
      cookies.clear();
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
