import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bootstrapAccounts,
  INITIAL_PASSWORD_FILE,
  parseInitialPasswords,
} from '../../server/src/accounts/bootstrap-accounts.ts';
import { accountRoutes } from '../../server/src/accounts/routes.ts';
import { hashPassword, verifyPassword } from '../../server/src/auth/password-hash.ts';
import { authRoutes } from '../../server/src/auth/routes.ts';
import { SESSION_COOKIE } from '../../server/src/auth/session-cookie.ts';
import { startSession } from '../../server/src/auth/start-session.ts';
import type { AppDeps } from '../../server/src/deps.ts';
import { createSqliteStore } from '../../server/src/storage/sqlite/create-sqlite-store.ts';
import { startTestServer, TEST_PASSWORDS, type TestServer } from './harness.ts';

const coreRoutes = (deps: AppDeps) => [...authRoutes(deps), ...accountRoutes(deps)];

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ routes: coreRoutes, seed: false });
});

afterAll(async () => {
  await server?.close();
});

const login = (username: string, password: string, headers: Record<string, string> = {}) =>
  server.request('POST', '/api/auth/login', { body: { username, password }, headers });

const sessionOf = (setCookie: string) => setCookie.split(';')[0];

/** A fresh account with a known password (cheap scrypt parameters, which the hash carries, keep tests quick). */
async function newAccount(username: string, role: 'clerk' | 'inspector' | 'admin' = 'clerk') {
  const password = `${username}-password-1`;
  const account = await server.deps.store.createAccount({
    id: randomUUID(),
    username,
    displayName: username,
    role,
    passwordHash: await hashPassword(password, { N: 1024, r: 8, p: 1 }),
    at: server.deps.clock.now().toISOString(),
  });
  return { id: account.id, password };
}

describe('passwords', () => {
  it('hashes with scrypt, a random salt and its parameters, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse', { N: 1024, r: 8, p: 1 });
    const b = await hashPassword('correct horse', { N: 1024, r: 8, p: 1 });
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horsE', a)).toBe(false);
    expect(await verifyPassword('correct horse', undefined)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe('login', () => {
  it('logs in with the right password and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const res = await login('clerk', TEST_PASSWORDS.clerk);
    expect(res.status).toBe(200);
    expect(res.body.actor).toMatchObject({ username: 'clerk', role: 'clerk' });
    expect(res.body.actor).not.toHaveProperty('passwordHash');
    const cookie = res.cookies[0];
    expect(cookie).toMatch(/^ow_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).toMatch(/Max-Age=43200/);
    expect(cookie).not.toContain('Secure');
    const me = await server.request('GET', '/api/auth/me', { headers: { Cookie: sessionOf(cookie) } });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'clerk', role: 'clerk' });
  });

  it('accepts the username in any case and with spaces around it', async () => {
    expect((await login('  Inspector ', TEST_PASSWORDS.inspector)).status).toBe(200);
  });

  it('stores only the hash of the session token, never the token itself', async () => {
    const res = await login('inspector', TEST_PASSWORDS.inspector);
    const token = sessionOf(res.cookies[0]).split('=')[1];
    expect(
      await server.deps.store.getSession({ id: token, now: server.deps.clock.now().toISOString() }),
    ).toBeNull();
  });

  it('sets a Secure cookie when the deployment is HTTPS', async () => {
    const secure = await startTestServer({
      routes: coreRoutes,
      seed: false,
      config: { secureCookies: true },
    });
    try {
      const res = await secure.request('POST', '/api/auth/login', {
        body: { username: 'admin', password: TEST_PASSWORDS.admin },
      });
      expect(res.cookies[0]).toContain('Secure');
    } finally {
      await secure.close();
    }
  });

  it('refuses a wrong password and an unknown username with the same 401', async () => {
    const wrong = await login('admin', 'not the password');
    const unknown = await login('nobody', 'whatever');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.code).toBe('BAD_CREDENTIALS');
    expect(unknown.body.detail).toBe(wrong.body.detail);
    expect(wrong.cookies).toEqual([]);
  });

  it('refuses a disabled account with 403 even with the right password', async () => {
    const { id, password } = await newAccount('wang.wu');
    await server.request('PATCH', `/api/accounts/${id}`, { role: 'admin', body: { disabled: true } });
    const res = await login('wang.wu', password);
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('ACCOUNT_DISABLED');
  });

  it('replaces the session a client already had, so a planted cookie does not become a live one', async () => {
    const first = sessionOf((await login('clerk', TEST_PASSWORDS.clerk)).cookies[0]);
    const second = await login('clerk', TEST_PASSWORDS.clerk, { Cookie: first });
    expect(sessionOf(second.cookies[0])).not.toBe(first);
    expect((await server.request('GET', '/api/auth/me', { headers: { Cookie: first } })).status).toBe(401);
  });
});

describe('sessions', () => {
  it('ends the session on logout: the old cookie no longer works, and the cookie is cleared', async () => {
    const cookie = sessionOf((await login('inspector', TEST_PASSWORDS.inspector)).cookies[0]);
    const out = await server.request('POST', '/api/auth/logout', { headers: { Cookie: cookie } });
    expect(out.status).toBe(204);
    expect(out.cookies[0]).toMatch(/^ow_session=;.*Max-Age=0/);
    expect((await server.request('GET', '/api/auth/me', { headers: { Cookie: cookie } })).status).toBe(401);
    expect((await server.request('POST', '/api/auth/logout', { headers: { Cookie: cookie } })).status).toBe(
      204,
    );
  });

  it('expires a session after its lifetime on the clock', async () => {
    const other = await startTestServer({ routes: coreRoutes, seed: false, today: '2026-06-15' });
    try {
      const cookie = await other.cookieFor('clerk');
      expect((await other.request('GET', '/api/auth/me', { headers: { Cookie: cookie } })).status).toBe(200);
      other.setToday('2026-06-16');
      expect((await other.request('GET', '/api/auth/me', { headers: { Cookie: cookie } })).status).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('ignores a cookie that is not one of our tokens', async () => {
    for (const cookie of ['ow_session=abc', 'ow_session=', `ow_session=${'A'.repeat(43)}`, 'other=1']) {
      expect((await server.request('GET', '/api/auth/me', { headers: { Cookie: cookie } })).status).toBe(401);
    }
  });
});

describe('login rate limit', () => {
  it('refuses the sixth attempt in a row with 429 and Retry-After, even with the right password', async () => {
    const { password } = await newAccount('zhao.liu');
    for (let i = 0; i < 5; i++) expect((await login('zhao.liu', 'wrong')).status).toBe(401);
    const blocked = await login('zhao.liu', password);
    expect(blocked.status).toBe(429);
    expect(blocked.body.code).toBe('RATE_LIMITED');
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(blocked.body.retryAfter).toBe(retryAfter);
  });

  it('counts per username: another account from the same address can still log in', async () => {
    const { password } = await newAccount('sun.qi');
    for (let i = 0; i < 6; i++) await login('zhou.ba', 'wrong');
    expect((await login('sun.qi', password)).status).toBe(200);
  });

  it('starts counting again after a successful login', async () => {
    const { password } = await newAccount('wu.jiu');
    for (let i = 0; i < 4; i++) await login('wu.jiu', 'wrong');
    expect((await login('wu.jiu', password)).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await login('wu.jiu', 'wrong')).status).toBe(401);
    expect((await login('wu.jiu', password)).status).toBe(200);
  });

  it('lets the account in again once the window has passed', async () => {
    const other = await startTestServer({ routes: coreRoutes, seed: false, today: '2026-06-15' });
    try {
      const attempt = (password: string) =>
        other.request('POST', '/api/auth/login', { body: { username: 'clerk', password } });
      for (let i = 0; i < 5; i++) await attempt('wrong');
      expect((await attempt(TEST_PASSWORDS.clerk)).status).toBe(429);
      other.setToday('2026-06-16');
      expect((await attempt(TEST_PASSWORDS.clerk)).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('accounts administration', () => {
  it('lists accounts without password hashes, for administrators only', async () => {
    const res = await server.request('GET', '/api/accounts', { role: 'admin' });
    expect(res.status).toBe(200);
    expect(res.body.map((a: { username: string }) => a.username)).toEqual(
      expect.arrayContaining(['admin', 'clerk', 'inspector']),
    );
    expect(JSON.stringify(res.body)).not.toMatch(/scrypt|passwordHash/);
    expect((await server.request('GET', '/api/accounts', { role: 'clerk' })).status).toBe(403);
    expect((await server.request('GET', '/api/accounts', { role: 'inspector' })).status).toBe(403);
  });

  it('creates an account with the password given, stored as a scrypt hash', async () => {
    const res = await server.request('POST', '/api/accounts', {
      role: 'admin',
      body: { username: 'he.shiyi', displayName: '何十一', role: 'clerk', password: 'chosen-password-1' },
    });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/accounts/${res.body.account.id}`);
    expect(res.body).not.toHaveProperty('oneTimePassword');
    const stored = await server.deps.store.getAccount({ username: 'he.shiyi' });
    expect(stored?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect((await login('he.shiyi', 'chosen-password-1')).status).toBe(200);
  });

  it('creates an account with a one-time password shown once, and refuses a taken username', async () => {
    const res = await server.request('POST', '/api/accounts', {
      role: 'admin',
      body: { username: 'Qian.Shi', displayName: '钱十', role: 'inspector' },
    });
    expect(res.status).toBe(201);
    expect(res.body.account).toMatchObject({ username: 'qian.shi', role: 'inspector', disabled: false });
    expect(res.body.oneTimePassword).toMatch(/^[A-Za-z2-9]{16}$/);
    expect((await login('qian.shi', res.body.oneTimePassword)).status).toBe(200);
    const again = await server.request('POST', '/api/accounts', {
      role: 'admin',
      body: { username: 'qian.shi', displayName: 'x', role: 'clerk' },
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'DUPLICATE', field: 'username' });
  });

  it('ends every session of an account when it is disabled', async () => {
    const { id, password } = await newAccount('feng.yi');
    const cookie = sessionOf((await login('feng.yi', password)).cookies[0]);
    expect((await server.request('GET', '/api/auth/me', { headers: { Cookie: cookie } })).status).toBe(200);
    const res = await server.request('PATCH', `/api/accounts/${id}`, {
      role: 'admin',
      body: { disabled: true },
    });
    expect(res.status).toBe(200);
    expect(res.body.account.disabled).toBe(true);
    expect((await server.request('GET', '/api/auth/me', { headers: { Cookie: cookie } })).status).toBe(401);
  });

  it('refuses a session on the next request once another server instance disabled its account or ended it', async () => {
    // Written straight to the store, as another instance sharing the database would: nothing in this
    // process hears of it, so a session remembered here would still let the requests in.
    const me = (cookie: string) => server.request('GET', '/api/auth/me', { headers: { Cookie: cookie } });
    const { id } = await newAccount('zhou.ba');
    const { token } = await startSession(server.deps, id);
    const cookie = `${SESSION_COOKIE}=${token}`;
    expect((await me(cookie)).status).toBe(200);
    expect((await me(cookie)).status).toBe(200);
    await server.deps.store.updateAccount({ id, patch: { disabled: true }, at: new Date().toISOString() });
    expect((await me(cookie)).status).toBe(401);
    await server.deps.store.updateAccount({ id, patch: { disabled: false }, at: new Date().toISOString() });
    expect((await me(cookie)).status).toBe(200);
    await server.deps.store.deleteAccountSessions({ accountId: id });
    expect((await me(cookie)).status).toBe(401);
  });

  it('resets a password to a one-time password: the old one and its sessions stop working', async () => {
    const { id, password } = await newAccount('chen.er');
    const cookie = sessionOf((await login('chen.er', password)).cookies[0]);
    const res = await server.request('PATCH', `/api/accounts/${id}`, {
      role: 'admin',
      body: { resetPassword: true },
    });
    expect(res.status).toBe(200);
    expect(res.body.oneTimePassword).toMatch(/^[A-Za-z2-9]{16}$/);
    expect((await server.request('GET', '/api/auth/me', { headers: { Cookie: cookie } })).status).toBe(401);
    expect((await login('chen.er', password)).status).toBe(401);
    expect((await login('chen.er', res.body.oneTimePassword)).status).toBe(200);
  });

  it('lets an account replace its own password, which ends its other sessions', async () => {
    const { password } = await newAccount('chu.san');
    const other = sessionOf((await login('chu.san', password)).cookies[0]);
    const mine = sessionOf((await login('chu.san', password)).cookies[0]);
    const wrong = await server.request('POST', '/api/auth/password', {
      headers: { Cookie: mine },
      body: { currentPassword: 'nope', newPassword: 'a-new-password-2' },
    });
    expect(wrong.status).toBe(401);
    const res = await server.request('POST', '/api/auth/password', {
      headers: { Cookie: mine },
      body: { currentPassword: password, newPassword: 'a-new-password-2' },
    });
    expect(res.status).toBe(200);
    expect((await server.request('GET', '/api/auth/me', { headers: { Cookie: other } })).status).toBe(401);
    const renewed = sessionOf(res.cookies[0]);
    expect((await server.request('GET', '/api/auth/me', { headers: { Cookie: renewed } })).status).toBe(200);
    expect((await login('chu.san', 'a-new-password-2')).status).toBe(200);
  });

  it('does not let an administrator disable or demote themself', async () => {
    const me = (await server.request('GET', '/api/auth/me', { role: 'admin' })).body;
    for (const body of [{ disabled: true }, { role: 'clerk' }]) {
      const res = await server.request('PATCH', `/api/accounts/${me.id}`, { role: 'admin', body });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('SELF_LOCKOUT');
    }
  });

  it('answers 404 for an account that does not exist', async () => {
    const res = await server.request('PATCH', '/api/accounts/no-such-id', {
      role: 'admin',
      body: { disabled: true },
    });
    expect(res.status).toBe(404);
  });

  it('audits account changes without passwords', async () => {
    const records = await server.deps.store.listAudit({ kind: 'account' });
    expect(records.length).toBeGreaterThan(3);
    expect(records.map((r) => r.payload.action)).toEqual(expect.arrayContaining(['create', 'update']));
    expect(JSON.stringify(records)).not.toMatch(/password-1|scrypt\$/);
  });
});

describe('first start', () => {
  it('creates admin, clerk and inspector with random passwords in a 0600 file, once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'onewindow-bootstrap-'));
    const store = createSqliteStore({ file: join(dataDir, 'onewindow.db') });
    const deps: AppDeps = {
      store,
      clock: server.deps.clock,
      config: { ...server.deps.config, dataDir },
      logger: pino({ level: 'silent' }),
    };
    try {
      const first = await bootstrapAccounts(deps);
      expect(first.created).toBe(true);
      expect(Object.keys(first.passwords).sort()).toEqual(['admin', 'clerk', 'inspector']);
      const file = join(dataDir, INITIAL_PASSWORD_FILE);
      expect(first.file).toBe(file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const written = readFileSync(file, 'utf8');
      expect(parseInitialPasswords(written)).toEqual(first.passwords);
      const admin = await store.getAccount({ username: 'admin' });
      expect(admin?.role).toBe('admin');
      expect(await verifyPassword(first.passwords.admin, admin?.passwordHash)).toBe(true);
      expect(new Set(Object.values(first.passwords)).size).toBe(3);

      const second = await bootstrapAccounts(deps);
      expect(second).toEqual({ created: false, passwords: {} });
      expect(readFileSync(file, 'utf8')).toBe(written);
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
