import type { AppDeps } from '../deps.ts';
import { ForbiddenError, UnauthorizedError } from '../errors/index.ts';
import type { Actor } from '../http/route.ts';
import { countLoginAttempt, loginAttemptKey } from './login-rate-limit.ts';
import { normalizeUsername } from './normalize-username.ts';
import { verifyPassword } from './password-hash.ts';
import { actorOf } from './resolve-actor.ts';
import { startSession } from './start-session.ts';

export interface LoginArgs {
  username: string;
  password: string;
  /** The client's address, for the attempt counter. */
  ip: string;
  /** The session id of a cookie the client already had: that session ends (no session fixation). */
  previousSessionId?: string | null;
}

export interface LoginResult {
  actor: Actor;
  token: string;
  expiresAt: Date;
}

/**
 * 登录 — checks a username and password and starts a session. Refused with 429 after too many
 * attempts (checked before the password, so guessing stops), 401 for a wrong username or password
 * (one answer for both, taking the same time), 403 for a disabled account whose password was right.
 */
export async function login(deps: AppDeps, args: LoginArgs): Promise<LoginResult> {
  const username = normalizeUsername(args.username);
  const key = loginAttemptKey(username, args.ip);
  await countLoginAttempt(deps, key);
  const account = await deps.store.getAccount({ username });
  const matches = await verifyPassword(args.password, account?.passwordHash);
  if (!account || !matches) {
    deps.logger.info({ username, ip: args.ip }, 'login failed');
    throw new UnauthorizedError('Wrong username or password.', { code: 'BAD_CREDENTIALS' });
  }
  if (account.disabled) throw new ForbiddenError('This account is disabled.', { code: 'ACCOUNT_DISABLED' });
  await deps.store.clearLoginAttempts({ key });
  if (args.previousSessionId) await deps.store.deleteSession({ id: args.previousSessionId });
  const { token, expiresAt } = await startSession(deps, account.id);
  deps.logger.info({ username, ip: args.ip }, 'login');
  return { actor: actorOf(account), token, expiresAt };
}
