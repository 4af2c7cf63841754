import type { AppDeps } from '../deps.ts';
import { readCookie } from '../http/cookies.ts';
import type { RouteDef } from '../http/route.ts';
import {
  actorSchema,
  type ChangePasswordBody,
  changePasswordBodySchema,
  type LoginBody,
  loginBodySchema,
  sessionAnswerSchema,
} from './auth-schemas.ts';
import { changeOwnPassword } from './change-own-password.ts';
import { login } from './login.ts';
import { logout } from './logout.ts';
import { clearedSessionCookie, SESSION_COOKIE, sessionCookie } from './session-cookie.ts';
import { sessionIdOf } from './session-token.ts';

const EVERY_ROLE = ['admin', 'clerk', 'inspector'] as const;

/** Login, logout, who am I, change my password. */
export function authRoutes(deps: AppDeps): RouteDef[] {
  const loginRoute: RouteDef<LoginBody> = {
    method: 'POST',
    path: '/api/auth/login',
    roles: 'public',
    summary: 'Log in with a username and password; sets the ow_session cookie',
    tag: 'auth',
    bodySchema: loginBodySchema,
    responseSchema: sessionAnswerSchema,
    async handler({ body, ip, headers }) {
      const result = await login(deps, {
        username: body.username,
        password: body.password,
        ip,
        previousSessionId: sessionIdOf(readCookie(headers.cookie, SESSION_COOKIE)),
      });
      return {
        body: { actor: result.actor, expiresAt: result.expiresAt.toISOString() },
        cookies: [sessionCookie(result.token, result.expiresAt, deps.clock.now(), deps.config)],
      };
    },
  };
  const changePasswordRoute: RouteDef<ChangePasswordBody> = {
    method: 'POST',
    path: '/api/auth/password',
    roles: EVERY_ROLE,
    summary: 'Change your own password (ends your other sessions)',
    tag: 'auth',
    bodySchema: changePasswordBodySchema,
    responseSchema: sessionAnswerSchema,
    async handler({ actor, body }) {
      const session = await changeOwnPassword(deps, { actor: actor!, ...body });
      return {
        body: { actor, expiresAt: session.expiresAt.toISOString() },
        cookies: [sessionCookie(session.token, session.expiresAt, deps.clock.now(), deps.config)],
      };
    },
  };
  return [
    loginRoute,
    {
      method: 'POST',
      path: '/api/auth/logout',
      roles: 'public',
      summary: 'Log out: ends the session and clears the cookie',
      tag: 'auth',
      async handler({ headers }) {
        await logout(deps, sessionIdOf(readCookie(headers.cookie, SESSION_COOKIE)));
        return { status: 204, cookies: [clearedSessionCookie(deps.config)] };
      },
    },
    {
      method: 'GET',
      path: '/api/auth/me',
      roles: EVERY_ROLE,
      summary: 'The logged-in account',
      tag: 'auth',
      responseSchema: actorSchema,
      async handler({ actor }) {
        return { body: actor };
      },
    },
    changePasswordRoute,
  ];
}
