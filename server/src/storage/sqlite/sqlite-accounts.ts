import { NotFoundError } from '../../errors/index.ts';
import type { Account, UpdateAccountArgs } from '../port.ts';
import { toInstant } from '../shared/to-instant.ts';
import { inBatch } from './in-batch.ts';
import type { Db } from './open-sqlite-database.ts';
import { type AccountRow, accountFromRow, type SessionRow, sessionFromRow } from './rows.ts';
import type { SyncStore } from './sync-store.ts';

type AccountOps = Pick<
  SyncStore,
  | 'createAccount'
  | 'getAccount'
  | 'listAccounts'
  | 'updateAccount'
  | 'createSession'
  | 'getSession'
  | 'getSessionActor'
  | 'deleteSession'
  | 'deleteAccountSessions'
  | 'deleteExpiredSessions'
  | 'countLoginAttempt'
  | 'clearLoginAttempts'
>;

type SessionActorRow = Pick<AccountRow, 'id' | 'username' | 'display_name' | 'role'>;

/** Accounts, sessions and login-attempt windows. */
export function sqliteAccounts(db: Db): AccountOps {
  const insertAccount = db.prepare(
    'INSERT INTO accounts (id, username, display_name, role, password_hash, disabled, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
  );
  const accountById = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE id = ?');
  const accountByUsername = db.prepare<[string], AccountRow>('SELECT * FROM accounts WHERE username = ?');
  const allAccounts = db.prepare<[], AccountRow>('SELECT * FROM accounts ORDER BY username');
  const writeAccount = db.prepare(
    'UPDATE accounts SET display_name = ?, role = ?, password_hash = ?, disabled = ?, updated_at = ? WHERE id = ?',
  );
  const insertSession = db.prepare(
    'INSERT INTO sessions (id, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
  );
  const liveSession = db.prepare<[string, string], SessionRow>(
    'SELECT * FROM sessions WHERE id = ? AND expires_at > ?',
  );
  const sessionActor = db.prepare<[string, string], SessionActorRow>(
    `SELECT a.id, a.username, a.display_name, a.role FROM sessions s JOIN accounts a ON a.id = s.account_id
     WHERE s.id = ? AND s.expires_at > ? AND a.disabled = 0`,
  );
  const removeSession = db.prepare('DELETE FROM sessions WHERE id = ?');
  const removeAccountSessions = db.prepare('DELETE FROM sessions WHERE account_id = ?');
  const removeExpiredSessions = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  const removeEndedWindows = db.prepare('DELETE FROM login_attempts WHERE reset_at <= ?');
  // One statement: a window that has ended starts again at 1, otherwise the count goes up.
  const hitWindow = db.prepare<
    [{ key: string; now: string; resetAt: string }],
    { count: number; reset_at: string }
  >(
    `INSERT INTO login_attempts (key, count, reset_at) VALUES (@key, 1, @resetAt)
     ON CONFLICT (key) DO UPDATE SET
       count = CASE WHEN reset_at <= @now THEN 1 ELSE count + 1 END,
       reset_at = CASE WHEN reset_at <= @now THEN @resetAt ELSE reset_at END
     RETURNING count, reset_at`,
  );
  const removeWindow = db.prepare('DELETE FROM login_attempts WHERE key = ?');

  const updateAccount = inBatch(db, ({ id, patch, at }: UpdateAccountArgs): Account => {
    const row = accountById.get(id);
    if (!row) throw new NotFoundError(`No account ${id}.`);
    const next = { ...accountFromRow(row), ...patch, updatedAt: toInstant(at) };
    writeAccount.run(
      next.displayName,
      next.role,
      next.passwordHash,
      next.disabled ? 1 : 0,
      next.updatedAt,
      id,
    );
    return next;
  });

  return {
    createAccount({ id, username, displayName, role, passwordHash, at }) {
      const instant = toInstant(at);
      insertAccount.run(id, username, displayName, role, passwordHash, instant, instant);
      return {
        id,
        username,
        displayName,
        role,
        passwordHash,
        disabled: false,
        createdAt: instant,
        updatedAt: instant,
      };
    },
    getAccount(args) {
      const row = 'id' in args ? accountById.get(args.id) : accountByUsername.get(args.username);
      return row ? accountFromRow(row) : null;
    },
    listAccounts: () => allAccounts.all().map(accountFromRow),
    updateAccount,

    createSession({ id, accountId, createdAt, expiresAt }) {
      const session = { id, accountId, createdAt: toInstant(createdAt), expiresAt: toInstant(expiresAt) };
      insertSession.run(session.id, session.accountId, session.createdAt, session.expiresAt);
      return session;
    },
    getSession({ id, now }) {
      const row = liveSession.get(id, toInstant(now));
      return row ? sessionFromRow(row) : null;
    },
    getSessionActor({ id, now }) {
      const row = sessionActor.get(id, toInstant(now));
      return row
        ? { id: row.id, username: row.username, displayName: row.display_name, role: row.role }
        : null;
    },
    deleteSession({ id }) {
      removeSession.run(id);
    },
    deleteAccountSessions: ({ accountId }) => removeAccountSessions.run(accountId).changes,
    deleteExpiredSessions({ now }) {
      const instant = toInstant(now);
      removeEndedWindows.run(instant);
      return removeExpiredSessions.run(instant).changes;
    },

    countLoginAttempt({ key, now, windowSeconds }) {
      const instant = toInstant(now);
      const resetAt = new Date(Date.parse(instant) + windowSeconds * 1000).toISOString();
      const row = hitWindow.get({ key, now: instant, resetAt })!;
      return { count: row.count, resetAt: row.reset_at };
    },
    clearLoginAttempts({ key }) {
      removeWindow.run(key);
    },
  };
}
