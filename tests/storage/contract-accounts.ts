import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError } from '../../server/src/errors/index.ts';
import { type MakeStore, useStore } from './fixtures.ts';

const AT = '2026-11-29T01:00:00.000Z';

export function accountsContract(makeStore: MakeStore): void {
  const store = useStore(makeStore);

  describe('accounts', () => {
    it('finds an account by id and by username, with the fields it was created with', async () => {
      const created = await store().createAccount({
        id: 'a1',
        username: 'zhang',
        displayName: '张窗口',
        role: 'clerk',
        passwordHash: 'scrypt$16384$8$1$salt$key',
        at: AT,
      });
      expect(created).toMatchObject({ id: 'a1', username: 'zhang', disabled: false, createdAt: AT });
      expect(await store().getAccount({ id: 'a1' })).toEqual(created);
      expect(await store().getAccount({ username: 'zhang' })).toEqual(created);
      expect(await store().getAccount({ username: 'nobody' })).toBeNull();
    });

    it('refuses a second account with a taken username as a conflict on `username`', async () => {
      const base = { displayName: 'x', role: 'clerk' as const, passwordHash: 'h', at: AT };
      await store().createAccount({ ...base, id: 'a1', username: 'li' });
      const error = await store()
        .createAccount({ ...base, id: 'a2', username: 'li' })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConflictError);
      expect(error).toMatchObject({ status: 409, code: 'DUPLICATE', extensions: { field: 'username' } });
    });

    it('updates role, password and the disabled flag, and lists accounts by username', async () => {
      const base = { displayName: 'x', role: 'clerk' as const, passwordHash: 'h', at: AT };
      await store().createAccount({ ...base, id: 'b', username: 'wang' });
      await store().createAccount({ ...base, id: 'a', username: 'chen' });
      const updated = await store().updateAccount({
        id: 'b',
        patch: { role: 'inspector', disabled: true, passwordHash: 'h2' },
        at: '2026-11-30T00:00:00Z',
      });
      expect(updated).toMatchObject({ role: 'inspector', disabled: true, passwordHash: 'h2' });
      expect(updated.updatedAt).toBe('2026-11-30T00:00:00.000Z');
      expect((await store().listAccounts()).map((a) => a.username)).toEqual(['chen', 'wang']);
      await expect(
        store().updateAccount({ id: 'zzz', patch: { disabled: true }, at: AT }),
      ).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('sessions', () => {
    async function withAccount() {
      await store().createAccount({
        id: 'a1',
        username: 'u',
        displayName: 'U',
        role: 'admin',
        passwordHash: 'h',
        at: AT,
      });
    }

    it('returns a session until it expires and not from its expiry on', async () => {
      await withAccount();
      await store().createSession({
        id: 's1',
        accountId: 'a1',
        createdAt: AT,
        expiresAt: '2026-11-29T09:00:00.000Z',
      });
      expect(await store().getSession({ id: 's1', now: '2026-11-29T08:59:59.999Z' })).toMatchObject({
        accountId: 'a1',
      });
      expect(await store().getSession({ id: 's1', now: '2026-11-29T09:00:00.000Z' })).toBeNull();
    });

    it('gives the account a live session acts for in one read, and nothing once it expired or the account is disabled', async () => {
      await withAccount();
      await store().createSession({
        id: 's1',
        accountId: 'a1',
        createdAt: AT,
        expiresAt: '2026-11-29T09:00:00.000Z',
      });
      const before = '2026-11-29T08:59:59.999Z';
      const account = await store().getAccount({ id: 'a1' });
      expect(await store().getSessionActor({ id: 's1', now: before })).toEqual({
        id: 'a1',
        username: account!.username,
        displayName: account!.displayName,
        role: 'admin',
      });
      expect(await store().getSessionActor({ id: 's1', now: '2026-11-29T09:00:00.000Z' })).toBeNull();
      expect(await store().getSessionActor({ id: 'other', now: before })).toBeNull();
      await store().updateAccount({ id: 'a1', patch: { disabled: true }, at: AT });
      expect(await store().getSessionActor({ id: 's1', now: before })).toBeNull();
    });

    it('deletes expired sessions only, one session, and all sessions of an account', async () => {
      await withAccount();
      const s = (id: string, expiresAt: string) =>
        store().createSession({ id, accountId: 'a1', createdAt: AT, expiresAt });
      await s('old1', '2026-11-29T02:00:00.000Z');
      await s('old2', '2026-11-29T03:00:00.000Z');
      await s('live1', '2026-11-30T00:00:00.000Z');
      await s('live2', '2026-11-30T00:00:00.000Z');
      expect(await store().deleteExpiredSessions({ now: '2026-11-29T12:00:00.000Z' })).toBe(2);
      await store().deleteSession({ id: 'live1' });
      const now = '2026-11-29T12:00:00.000Z';
      expect(await store().getSession({ id: 'live1', now })).toBeNull();
      expect(await store().getSession({ id: 'live2', now })).not.toBeNull();
      expect(await store().deleteAccountSessions({ accountId: 'a1' })).toBe(1);
      expect(await store().getSession({ id: 'live2', now })).toBeNull();
    });
  });

  describe('login attempts', () => {
    it('counts attempts in a fixed window, starts again after it, and forgets them on clear', async () => {
      const hit = (now: string) => store().countLoginAttempt({ key: 'ip:10.0.0.1', now, windowSeconds: 60 });
      expect(await hit('2026-11-29T01:00:00.000Z')).toEqual({
        count: 1,
        resetAt: '2026-11-29T01:01:00.000Z',
      });
      expect((await hit('2026-11-29T01:00:30.000Z')).count).toBe(2);
      expect(await hit('2026-11-29T01:00:59.000Z')).toEqual({
        count: 3,
        resetAt: '2026-11-29T01:01:00.000Z',
      });
      expect(await hit('2026-11-29T01:01:00.000Z')).toEqual({
        count: 1,
        resetAt: '2026-11-29T01:02:00.000Z',
      });
      await store().clearLoginAttempts({ key: 'ip:10.0.0.1' });
      expect((await hit('2026-11-29T01:01:10.000Z')).count).toBe(1);
      expect((await store().countLoginAttempt({ key: 'ip:other', now: AT, windowSeconds: 60 })).count).toBe(
        1,
      );
    });

    it('counts concurrent attempts without losing any', async () => {
      const results = await Promise.all(
        Array.from({ length: 30 }, () =>
          store().countLoginAttempt({ key: 'user:x', now: AT, windowSeconds: 60 }),
        ),
      );
      expect(results.map((r) => r.count).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 30 }, (_, i) => i + 1),
      );
    });
  });
}
