import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role, RouteDef } from '../../server/src/http/route.ts';
import { allRoutes } from '../../server/src/routes.ts';
import { fillPath, freshCookie, isWriteRoute, type ParamValues, seededParams } from './core-route-params.ts';
import { startTestServer, type TestServer } from './harness.ts';

/*
 * Every route of the API, with every role and with nobody logged in: 401 without a login, 403 for a
 * role the route does not declare, and never 401 or 403 for one it does. The table is read from
 * `allRoutes(deps)`, so a route added anywhere is covered without touching this file. The table runs
 * in one test that collects every failing row, so one report shows the whole picture.
 */

const ROLES: readonly (Role | null)[] = ['admin', 'clerk', 'inspector', null];

/** The only routes that may answer without a login. */
const PUBLIC_SURFACE = [
  /^POST \/api\/auth\/(login|logout)$/,
  /^(GET|POST) \/api\/public\//,
  /^GET \/api\/calendars$/,
  /^GET \/(healthz|readyz)$/,
  /^GET \/api\/(openapi\.json|docs)$/,
];

let server: TestServer;
let params: ParamValues;
let routes: RouteDef[];

beforeAll(async () => {
  server = await startTestServer();
  params = await seededParams(server);
  routes = allRoutes(server.deps);
});

afterAll(async () => {
  await server?.close();
});

function expectation(route: RouteDef, role: Role | null): 401 | 403 | 'allowed' {
  if (route.roles === 'public') return 'allowed';
  if (role === null) return 401;
  return route.roles.includes(role) ? 'allowed' : 403;
}

async function call(route: RouteDef, role: Role | null) {
  const headers: Record<string, string> = role ? { Cookie: await freshCookie(server, role) } : {};
  return server.request(route.method, fillPath(route.path, params), {
    headers,
    ...(isWriteRoute(route) ? { body: {} } : {}),
  });
}

describe('route declarations', () => {
  it('every route declares its roles, a summary and a tag', () => {
    for (const route of routes) {
      const name = `${route.method} ${route.path}`;
      expect(route.roles === 'public' || route.roles.length > 0, name).toBe(true);
      expect(route.summary, name).toBeTruthy();
      expect(route.tag, name).toBeTruthy();
    }
  });

  it('only the public surface (login, logout, public guides and progress, calendars) is public', () => {
    const open = routes.filter((r) => r.roles === 'public').map((r) => `${r.method} ${r.path}`);
    for (const name of open)
      expect(
        PUBLIC_SURFACE.some((pattern) => pattern.test(name)),
        name,
      ).toBe(true);
  });

  it('the table covers the routes of every part of the API', () => {
    const prefixes = new Set(routes.map((r) => r.path.split('/').slice(0, 3).join('/')));
    for (const part of [
      '/api/auth',
      '/api/accounts',
      '/api/items',
      '/api/cases',
      '/api/audit',
      '/api/public',
      '/api/files',
    ]) {
      expect(prefixes, part).toContain(part);
    }
  });
});

describe('every route × every role', () => {
  it('answers 401 without a login, 403 for an undeclared role, and neither for a declared one', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const route of routes) {
      for (const role of ROLES) {
        const expected = expectation(route, role);
        const res = await call(route, role);
        checked++;
        const ok =
          expected === 'allowed' ? res.status !== 401 && res.status !== 403 : res.status === expected;
        if (!ok) {
          failures.push(
            `${route.method} ${route.path} as ${role ?? 'nobody'}: expected ${expected}, got ${res.status} ${res.body?.code ?? ''}`,
          );
        }
      }
    }
    expect(failures).toEqual([]);
    expect(checked).toBe(routes.length * ROLES.length);
  });

  it('says which roles may call a route when it answers 403', async () => {
    const adminOnly = routes.find(
      (r) => r.roles !== 'public' && r.roles.length === 1 && r.roles[0] === 'admin',
    );
    expect(adminOnly).toBeDefined();
    const res = await call(adminOnly!, 'clerk');
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ code: 'FORBIDDEN', allowedRoles: ['admin'] });
  });
});
