import type { AppDeps } from '../deps.ts';
import { newSessionToken, sessionIdOf } from './session-token.ts';

/**
 * Starts a session for an account: a fresh random token for the cookie, its sha256 in the store,
 * expiring `config.sessionTtlHours` from now. Expired sessions and attempt windows are swept at the
 * same time (cheap, indexed), so the tables do not grow without a timer.
 */
export async function startSession(
  deps: AppDeps,
  accountId: string,
): Promise<{ token: string; expiresAt: Date }> {
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + deps.config.sessionTtlHours * 3_600_000);
  const token = newSessionToken();
  await deps.store.deleteExpiredSessions({ now: now.toISOString() });
  await deps.store.createSession({
    id: sessionIdOf(token)!,
    accountId,
    createdAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
  });
  return { token, expiresAt };
}
