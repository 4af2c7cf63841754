import type { IncomingMessage } from 'node:http';
import type { AppDeps } from '../deps.ts';
import { readCookie } from '../http/cookies.ts';
import type { Actor } from '../http/route.ts';
import type { Account } from '../storage/port.ts';
import { SESSION_COOKIE } from './session-cookie.ts';
import { sessionIdOf } from './session-token.ts';

/** What a route may know of an account: never its password hash. */
export function actorOf(account: Pick<Account, 'id' | 'username' | 'displayName' | 'role'>): Actor {
  return { id: account.id, username: account.username, displayName: account.displayName, role: account.role };
}

/**
 * The actor of a request: its `ow_session` cookie → the live session (stored by token hash) → the
 * account, unless disabled, in one store read. Read on every request, so a disabled account or a
 * changed role takes effect at once on every server instance.
 */
export async function resolveActor(deps: AppDeps, req: IncomingMessage): Promise<Actor | null> {
  const sessionId = sessionIdOf(readCookie(req.headers.cookie, SESSION_COOKIE));
  if (!sessionId) return null;
  const actor = await deps.store.getSessionActor({ id: sessionId, now: deps.clock.now().toISOString() });
  return actor ? actorOf(actor) : null;
}
