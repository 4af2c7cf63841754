import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { newSessionToken, sessionIdOf } from '../../server/src/auth/session-token.ts';
import type { Role, RouteDef } from '../../server/src/http/route.ts';
import type { TestServer } from './harness.ts';

/** Values for path parameters by name; anything else gets `x`. Real ones where they exist, so handlers go deep. */
export type ParamValues = Record<string, string>;

/** `/api/items/:code/versions/:version` with `{code: 'A', version: '1'}` → `/api/items/A/versions/1`. */
export function fillPath(path: string, values: ParamValues): string {
  return path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/g, (_m, name: string) =>
    encodeURIComponent(values[name] ?? 'x'),
  );
}

/** The first embedded test of an example item: a receipt the engine accepts. */
function exampleReceipt(): { code: string; formData: unknown; materials: unknown } {
  const file = resolve(import.meta.dirname, '../../examples/items/individual-business-registration.json');
  const item = JSON.parse(readFileSync(file, 'utf8'));
  return { code: item.code, ...item.tests[0].input };
}

/**
 * Path parameter values that point at things the seeded test server has (an item, version 1, this
 * year, and a case filed here from an example's test input), so handlers get past their lookups.
 */
export async function seededParams(server: TestServer): Promise<ParamValues> {
  const items = await server.deps.store.listItems({});
  const receipt = exampleReceipt();
  const filed = await server.request('POST', '/api/cases', {
    role: 'clerk',
    body: receipt,
    headers: { 'Idempotency-Key': 'core-route-params' },
  });
  return {
    code: items.some((item) => item.code === receipt.code)
      ? receipt.code
      : (items[0]?.code ?? 'no-such-item'),
    version: '1',
    seq: '1',
    year: '2026',
    id: filed.status === 201 ? filed.body.case.id : 'no-such-id',
    action: 'accept',
    from: '1',
    to: '1',
  };
}

/**
 * A `Cookie` header for a brand-new session of the seeded account with this role, minted straight
 * in the store: no scrypt, no rate limit, and a route that logs out (or changes a password) ends
 * only this one session.
 */
export async function freshCookie(server: TestServer, role: Role): Promise<string> {
  const account = await server.deps.store.getAccount({ username: role });
  if (!account) throw new Error(`no seeded ${role}`);
  const token = newSessionToken();
  const now = server.deps.clock.now();
  await server.deps.store.createSession({
    id: sessionIdOf(token)!,
    accountId: account.id,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
  });
  return `ow_session=${token}`;
}

/** Write routes: the ones that take a body. */
export function isWriteRoute(route: RouteDef): boolean {
  return route.method !== 'GET';
}
