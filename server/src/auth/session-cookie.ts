import type { ServerConfig } from '../deps.ts';
import { serializeCookie } from '../http/cookies.ts';

/** The session cookie's name. */
export const SESSION_COOKIE = 'ow_session';

/**
 * The `Set-Cookie` of a new session: HttpOnly (no script reads it), `SameSite=Strict`, Path=/,
 * Secure on HTTPS deployments, expiring with the session. Strict rather than Lax because nothing
 * here needs the cookie on a navigation from another site: the apps' HTML is public and every
 * API call is a same-site fetch, so Strict costs nothing and closes cross-site requests entirely.
 */
export function sessionCookie(token: string, expiresAt: Date, now: Date, config: ServerConfig): string {
  return serializeCookie(SESSION_COOKIE, token, {
    maxAgeSeconds: Math.round((expiresAt.getTime() - now.getTime()) / 1000),
    expires: expiresAt,
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'Strict',
  });
}

/** The `Set-Cookie` that removes the session cookie (on logout). */
export function clearedSessionCookie(config: ServerConfig): string {
  return serializeCookie(SESSION_COOKIE, '', {
    maxAgeSeconds: 0,
    expires: new Date(0),
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'Strict',
  });
}
