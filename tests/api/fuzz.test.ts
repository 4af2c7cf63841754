import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteDef } from '../../server/src/http/route.ts';
import { allRoutes } from '../../server/src/routes.ts';
import { fillPath, freshCookie, isWriteRoute, type ParamValues, seededParams } from './core-route-params.ts';
import { startTestServer, type TestServer } from './harness.ts';

/*
 * Property: no malformed request makes the server fail. fast-check throws bodies at EVERY write
 * route of `allRoutes(deps)` as an administrator (random JSON, the route's own fields with wrong
 * types, huge strings, deep nesting, `__proto__` and `$` keys, wrong content types, broken JSON)
 * and random query strings at every read route; not one answer may be a 5xx. Runs are bounded so
 * the whole file stays well under a minute.
 */

const BODY_RUNS = 30;
const QUERY_RUNS = 10;

/** One malformed request: the raw body text and its content type (undefined: no header). */
interface Attempt {
  text: string;
  contentType?: string;
}

const json = (value: unknown): Attempt => ({ text: JSON.stringify(value), contentType: 'application/json' });

function fieldNames(route: RouteDef): string[] {
  const properties = (route.bodySchema?.properties ?? {}) as Record<string, unknown>;
  const names = Object.keys(properties);
  return names.length > 0 ? names : ['code', 'formData', 'materials', 'username'];
}

function attempts(route: RouteDef): fc.Arbitrary<Attempt> {
  const names = fieldNames(route);
  const field = fc.constantFrom(...names);
  const anyJson = fc.jsonValue({ maxDepth: 4 });
  return fc.oneof(
    // any JSON value at all
    anyJson.map(json),
    // the route's own fields with values of any type
    fc.dictionary(field, anyJson, { maxKeys: names.length }).map(json),
    // every field present, each of a random type
    fc
      .tuple(...names.map(() => anyJson))
      .map((values) => json(Object.fromEntries(names.map((n, i) => [n, values[i]])))),
    // a huge string, sometimes over the 1 MB limit
    fc
      .tuple(field, fc.constantFrom(10_000, 200_000, 1_100_000))
      .map(([name, size]) => json({ [name]: '长'.repeat(size / 3) })),
    // deep nesting, of arrays or objects
    fc.tuple(fc.integer({ min: 30, max: 4000 }), fc.boolean()).map(([depth, arrays]) => ({
      text: arrays
        ? `${'['.repeat(depth)}${']'.repeat(depth)}`
        : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`,
      contentType: 'application/json',
    })),
    // prototype and operator keys, at the top or inside a field
    fc
      .tuple(
        field,
        fc.constantFrom('__proto__', 'constructor', 'prototype', '$where', '$ne', '$set'),
        anyJson,
      )
      .chain(([name, key, value]) =>
        fc.constantFrom(
          { text: `{"${key}": ${JSON.stringify(value)}}`, contentType: 'application/json' },
          { text: `{"${name}": {"${key}": ${JSON.stringify(value)}}}`, contentType: 'application/json' },
        ),
      ),
    // not JSON at all, or JSON under the wrong content type
    fc
      .tuple(
        fc.string({ maxLength: 200 }),
        fc.constantFrom(
          undefined,
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=xyz',
          'application/octet-stream',
          'application/json; charset=gbk',
          'application/json',
        ),
      )
      .map(([text, contentType]) => ({ text, contentType })),
  );
}

const queries = fc
  .dictionary(
    fc.oneof(
      fc.constantFrom('page', 'pageSize', 'status', 'q', 'from', 'to', 'kind', 'item', 'light'),
      fc.string(),
    ),
    fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.integer().map(String),
      fc.constantFrom('-1', '1e999', 'NaN', ''),
    ),
    { maxKeys: 4 },
  )
  .map((entries) => new URLSearchParams(entries).toString());

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

const BODY_LIMIT = 1024 * 1024;

/**
 * The answer's status. Over the limit the server answers 413 and closes the connection without
 * reading the rest, so the client may see the connection end while it is still sending: that counts
 * as refused (413). Any other failure to get an answer is a failure of the server.
 */
async function send(route: RouteDef, attempt: Attempt): Promise<number> {
  const headers: Record<string, string> = { Cookie: await freshCookie(server, 'admin') };
  if (attempt.contentType) headers['Content-Type'] = attempt.contentType;
  try {
    const res = await fetch(server.baseUrl + fillPath(route.path, params), {
      method: route.method,
      headers,
      body: attempt.text,
    });
    await res.arrayBuffer();
    return res.status;
  } catch (error) {
    if (Buffer.byteLength(attempt.text) > BODY_LIMIT) return 413;
    throw error;
  }
}

describe('malformed requests never make the server fail', () => {
  it('every write route answers malformed bodies with 4xx, never 5xx', async () => {
    const writes = routes.filter(isWriteRoute);
    expect(writes.length).toBeGreaterThan(5);
    const failures: string[] = [];
    for (const route of writes) {
      await fc
        .assert(
          fc.asyncProperty(attempts(route), async (attempt) => {
            const status = await send(route, attempt).catch((error: Error) => {
              failures.push(
                `${route.method} ${route.path} gave no answer (${error.message}): ${attempt.text.slice(0, 200)}`,
              );
              return 599;
            });
            if (status >= 500) {
              failures.push(
                `${route.method} ${route.path} → ${status} for ${attempt.contentType}: ${attempt.text.slice(0, 200)}`,
              );
            }
            return status < 500;
          }),
          { numRuns: BODY_RUNS, endOnFailure: true },
        )
        .catch(() => {});
    }
    expect(failures).toEqual([]);
  }, 60_000);

  it('every read route answers random query strings without a 5xx', async () => {
    const reads = routes.filter((route) => route.method === 'GET');
    const failures: string[] = [];
    for (const route of reads) {
      await fc
        .assert(
          fc.asyncProperty(queries, async (query) => {
            const res = await fetch(`${server.baseUrl}${fillPath(route.path, params)}?${query}`, {
              headers: { Cookie: await freshCookie(server, 'admin') },
            });
            await res.arrayBuffer();
            if (res.status >= 500) failures.push(`${route.path}?${query} → ${res.status}`);
            return res.status < 500;
          }),
          { numRuns: QUERY_RUNS, endOnFailure: true },
        )
        .catch(() => {});
    }
    expect(failures).toEqual([]);
  }, 30_000);
});
