import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountRoutes } from '../../server/src/accounts/routes.ts';
import { authRoutes } from '../../server/src/auth/routes.ts';
import type { AppDeps } from '../../server/src/deps.ts';
import { ConflictError } from '../../server/src/errors/index.ts';
import type { RouteDef } from '../../server/src/http/route.ts';
import { startTestServer, type TestServer } from './harness.ts';

/** Routes that exist only here: an echo of what a handler receives, a failure, a conflict. */
function probeRoutes(): RouteDef[] {
  return [
    {
      method: 'POST',
      path: '/api/test/echo',
      roles: 'public',
      summary: 'Echo the parsed body',
      tag: 'test',
      async handler({ body, query }) {
        return { body: { body: body ?? null, query } };
      },
    },
    {
      method: 'GET',
      path: '/api/test/paged',
      roles: 'public',
      summary: 'A query schema with a number',
      tag: 'test',
      querySchema: {
        type: 'object',
        additionalProperties: false,
        properties: { page: { type: 'integer', minimum: 1 }, q: { type: 'string' } },
      },
      async handler({ query }) {
        return { body: query };
      },
    },
    {
      method: 'GET',
      path: '/api/test/who/:name',
      roles: 'public',
      summary: 'Echo the client address and the path parameter',
      tag: 'test',
      async handler({ ip, params }) {
        return { body: { ip, params } };
      },
    },
    {
      method: 'GET',
      path: '/api/test/boom',
      roles: 'public',
      summary: 'Fails like a bug',
      tag: 'test',
      async handler() {
        throw new Error('secret: SELECT * FROM accounts');
      },
    },
    {
      method: 'POST',
      path: '/api/test/conflict',
      roles: ['admin'],
      summary: 'A stale write',
      tag: 'test',
      async handler() {
        throw ConflictError.staleRevision('The draft', 3, 5);
      },
    },
  ];
}

const coreRoutes = (deps: AppDeps) => [...authRoutes(deps), ...accountRoutes(deps), ...probeRoutes()];

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ routes: coreRoutes, seed: false, config: { bodyLimit: 4096 } });
});

afterAll(async () => {
  await server?.close();
});

describe('errors are RFC 9457 problem documents', () => {
  it('answers an unknown path with a 404 problem naming the request', async () => {
    const res = await server.request('GET', '/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: 'https://onewindow.example/problems/no-such-route',
      title: expect.any(String),
      status: 404,
      detail: expect.stringContaining('/api/nothing-here'),
      instance: '/api/nothing-here',
      requestId: res.headers['x-request-id'],
    });
  });

  it('carries the extensions of the error, such as the current revision of a stale write', async () => {
    const res = await server.request('POST', '/api/test/conflict', { role: 'admin' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ status: 409, code: 'REVISION_CONFLICT', currentRevision: 5 });
  });

  it('answers an unexpected error with a bare 500 that reveals nothing of it', async () => {
    const res = await server.request('GET', '/api/test/boom');
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual({
      type: 'about:blank',
      title: 'Internal Server Error',
      status: 500,
      instance: '/api/test/boom',
      requestId: res.headers['x-request-id'],
    });
    expect(JSON.stringify(res.body)).not.toMatch(/secret|SELECT/);
  });
});

describe('request bodies', () => {
  it('refuses a body over the limit with 413, whether its length is declared or it comes in chunks', async () => {
    const declared = await server.request('POST', '/api/test/echo', { body: { text: 'x'.repeat(5000) } });
    expect(declared.status).toBe(413);
    expect(declared.body).toMatchObject({ status: 413, limit: 4096 });

    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode(`"${'y'.repeat(1000)}",`));
        controller.close();
      },
    });
    const chunked = await fetch(`${server.baseUrl}/api/test/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: chunks,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('refuses a body that is not JSON with 415, and says which types it takes', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
    ]) {
      const res = await server.request('POST', '/api/test/echo', {
        body: 'a=1',
        headers: { 'Content-Type': type },
      });
      expect(res.status, type).toBe(415);
      expect(res.body.accepted).toContain('application/json');
    }
    const noType = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${server.baseUrl}/api/test/echo`, { method: 'POST' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end('{"a":1}');
    });
    expect(noType).toBe(415);
  });

  it('takes application/*+json and an explicit utf-8 charset, but no other charset or content coding', async () => {
    const merge = await server.request('POST', '/api/test/echo', {
      body: '{"a":1}',
      headers: { 'Content-Type': 'application/merge-patch+json; charset=UTF-8' },
    });
    expect(merge.status).toBe(200);
    expect(merge.body.body).toEqual({ a: 1 });
    const latin = await server.request('POST', '/api/test/echo', {
      body: '{"a":1}',
      headers: { 'Content-Type': 'application/json; charset=latin1' },
    });
    expect(latin.status).toBe(415);
    const gzip = await server.request('POST', '/api/test/echo', {
      body: '{"a":1}',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
    });
    expect(gzip.status).toBe(415);
  });

  it('refuses malformed JSON with 400 and says at which line and column it broke', async () => {
    const res = await server.request('POST', '/api/test/echo', {
      body: '{\n  "name": "张三",\n  "age": 3x\n}',
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'MALFORMED_JSON', line: 3, column: 11 });
    expect(res.body.detail).toMatch(/line 3, column 11/);
    for (const bad of ['{', '{"a":1,}', "{'a':1}", '[1,2', '{"a":"\u0001"}', '{"a":1} x', 'nul', '"\\q"']) {
      const answer = await server.request('POST', '/api/test/echo', { body: bad });
      expect(answer.status, bad).toBe(400);
      expect(answer.body.code, bad).toBe('MALFORMED_JSON');
    }
  });

  it('refuses nesting deeper than 64 levels with 400 before anything walks it', async () => {
    const deep = `${'['.repeat(65)}${']'.repeat(65)}`;
    const res = await server.request('POST', '/api/test/echo', { body: deep });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/deeper than 64/);
    const fine = await server.request('POST', '/api/test/echo', {
      body: `${'['.repeat(60)}${']'.repeat(60)}`,
    });
    expect(fine.status).toBe(200);
  });

  it('refuses __proto__, constructor, prototype and $-operator keys anywhere in a body with 400', async () => {
    const bodies = [
      '{"__proto__": {"isAdmin": true}}',
      '{"form": {"list": [{"__proto__": {"x": 1}}]}}',
      '{"constructor": {"prototype": {"polluted": 1}}}',
      '{"q": {"$where": "sleep(1000)"}}',
      '{"username": {"$ne": null}}',
    ];
    for (const body of bodies) {
      const res = await server.request('POST', '/api/test/echo', { body });
      expect(res.status, body).toBe(400);
      expect(res.body.code, body).toBe('FORBIDDEN_KEY');
    }
    const nested = await server.request('POST', '/api/test/echo', { body: bodies[1] });
    expect(nested.body.errors).toEqual([{ path: '/form/list/0/__proto__', message: expect.any(String) }]);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("lets JSON Schema's own $ keywords through, since definitions are JSON Schema", async () => {
    const body = {
      $schema: 'x',
      form: { schema: { $ref: '#/definitions/a', definitions: { a: { $comment: 'c' } } } },
    };
    const res = await server.request('POST', '/api/test/echo', { body });
    expect(res.status).toBe(200);
    expect(res.body.body).toEqual(body);
  });

  it('stores nothing when a body smuggles __proto__ or $where', async () => {
    const before = (await server.request('GET', '/api/accounts', { role: 'admin' })).body.length;
    const smuggled = await server.request('POST', '/api/accounts', {
      role: 'admin',
      body: '{"username":"mallory","displayName":"M","role":"clerk","__proto__":{"role":"admin"}}',
    });
    expect(smuggled.status).toBe(400);
    const operator = await server.request('POST', '/api/accounts', {
      role: 'admin',
      body: { username: 'mallory', displayName: { $gt: '' }, role: 'clerk' },
    });
    expect(operator.status).toBe(400);
    const after = await server.request('GET', '/api/accounts', { role: 'admin' });
    expect(after.body).toHaveLength(before);
    expect(after.body.map((a: { username: string }) => a.username)).not.toContain('mallory');
  });

  it('refuses an unknown field with 400, listing it by name and path', async () => {
    const res = await server.request('POST', '/api/accounts', {
      role: 'admin',
      body: { username: 'li.si', displayName: '李四', role: 'clerk', isSuperuser: true },
    });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/isSuperuser/);
    expect(res.body.errors).toContainEqual({
      path: '/isSuperuser',
      message: expect.stringMatching(/Unknown field/),
    });
  });

  it('lists every failing path of a body that does not match its schema', async () => {
    const res = await server.request('POST', '/api/accounts', {
      role: 'admin',
      body: { username: 7, role: 'root' },
    });
    expect(res.status).toBe(400);
    const paths = res.body.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['/displayName', '/role', '/username']);
  });

  it('asks for a body where the route needs one', async () => {
    const res = await server.request('POST', '/api/accounts', { role: 'admin' });
    expect(res.status).toBe(400);
    expect(res.body.detail).toMatch(/needs a JSON body/);
  });
});

describe('queries', () => {
  it('validates the query against its schema, numbers included, and refuses unknown parameters', async () => {
    expect((await server.request('GET', '/api/test/paged?page=2&q=%E5%BC%A0')).body).toEqual({
      page: '2',
      q: '张',
    });
    const notNumber = await server.request('GET', '/api/test/paged?page=two');
    expect(notNumber.status).toBe(400);
    expect(notNumber.body.errors[0].path).toBe('/page');
    expect((await server.request('GET', '/api/test/paged?page=0')).status).toBe(400);
    const unknown = await server.request('GET', '/api/test/paged?sort=name');
    expect(unknown.status).toBe(400);
    expect(unknown.body.detail).toMatch(/sort/);
  });

  it('refuses $-operator and prototype keys in a query with 400', async () => {
    for (const query of ['$where=1', '__proto__=1', 'constructor=x']) {
      const res = await server.request('POST', `/api/test/echo?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.code).toBe('FORBIDDEN_KEY');
    }
  });
});

describe('request ids', () => {
  it('echoes a sane X-Request-Id and puts it in problem documents', async () => {
    const res = await server.request('GET', '/api/nope', {
      headers: { 'X-Request-Id': 'counter-7.abc_123' },
    });
    expect(res.headers['x-request-id']).toBe('counter-7.abc_123');
    expect(res.body.requestId).toBe('counter-7.abc_123');
  });

  it('replaces an insane X-Request-Id with a random one', async () => {
    for (const offered of ['has space', 'x'.repeat(200), '<script>']) {
      const res = await server.request('GET', '/healthz', { headers: { 'X-Request-Id': offered } });
      expect(res.headers['x-request-id']).not.toBe(offered);
      expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('gives each request its own id when none is offered', async () => {
    const a = await server.request('GET', '/healthz');
    const b = await server.request('GET', '/healthz');
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });
});

describe('health and readiness', () => {
  it('says the process is alive at /healthz and the store answers at /readyz', async () => {
    const health = await server.request('GET', '/healthz');
    expect(health).toMatchObject({ status: 200, body: { status: 'ok' } });
    const ready = await server.request('GET', '/readyz');
    expect(ready).toMatchObject({ status: 200, body: { status: 'ready', store: 'sqlite' } });
  });

  it('reports 503 at /readyz when the store does not answer, while /healthz stays up', async () => {
    const other = await startTestServer({ routes: () => [], seed: false });
    try {
      await other.deps.store.close();
      const ready = await other.request('GET', '/readyz');
      expect(ready.status).toBe(503);
      expect(ready.body.code).toBe('STORE_UNAVAILABLE');
      expect((await other.request('GET', '/healthz')).status).toBe(200);
    } finally {
      await other.close().catch(() => {});
    }
  });
});

/** The headers helmet sent (over plain HTTP) before they were computed once at startup: unchanged. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self';script-src 'self' 'unsafe-eval';script-src-attr 'none';style-src 'self' 'unsafe-inline';img-src 'self' data: blob:;font-src 'self' data:;connect-src 'self';worker-src 'self' blob:;object-src 'none';base-uri 'self';form-action 'self';frame-ancestors 'none'",
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'same-origin',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'DENY',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/** Every header but those of the connection and of the answer itself. */
function securityHeadersOf(headers: Record<string, string>): Record<string, string> {
  const own = ['date', 'connection', 'keep-alive', 'content-length', 'content-type', 'x-request-id'];
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !own.includes(name) && name !== 'cache-control'),
  );
}

describe('security headers', () => {
  it('sends helmet headers with a CSP that allows only this origin and refuses framing', async () => {
    const res = await server.request('GET', '/healthz');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https:|\*/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('same-origin');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('sends exactly the same headers on every answer: a route, a problem, a 500, a path no route claims', async () => {
    const answers = [
      await server.request('GET', '/healthz'),
      await server.request('POST', '/api/test/echo', { body: '{"a":' }),
      await server.request('GET', '/api/test/boom'),
      await server.request('GET', '/api/nothing-here'),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 400, 500, 404]);
    for (const answer of answers) expect(securityHeadersOf(answer.headers)).toEqual(SECURITY_HEADERS);
  });

  it("sends a route's JSON answer with its Content-Length, not chunked", async () => {
    const res = await server.request('GET', '/healthz');
    expect(res.headers['content-length']).toBe(String(Buffer.byteLength(JSON.stringify(res.body))));
    expect(res.headers['transfer-encoding']).toBeUndefined();
  });

  it('sends neither HSTS nor upgrade-insecure-requests on plain HTTP, and both when secure', async () => {
    const plain = await server.request('GET', '/healthz');
    expect(plain.headers['strict-transport-security']).toBeUndefined();
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    const secure = await startTestServer({ routes: () => [], seed: false, config: { secureCookies: true } });
    try {
      const res = await secure.request('GET', '/healthz');
      expect(securityHeadersOf(res.headers)).toEqual({
        ...SECURITY_HEADERS,
        'content-security-policy': `${SECURITY_HEADERS['content-security-policy']};upgrade-insecure-requests`,
        'strict-transport-security': 'max-age=15552000',
      });
    } finally {
      await secure.close();
    }
  });
});

describe('routing', () => {
  it('takes a trailing slash, decodes path parameters, and answers HEAD like GET without a body', async () => {
    const res = await server.request('GET', '/api/test/who/%E5%BC%A0%2F3/');
    expect(res.status).toBe(200);
    expect(res.body.params).toEqual({ name: '张/3' });
    const head = await server.request('HEAD', '/healthz');
    expect(head.status).toBe(200);
    expect(head.body).toBeUndefined();
  });

  it('refuses a path parameter that is not valid percent-encoding with 400, not 500', async () => {
    const res = await server.request('GET', '/api/test/who/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'MALFORMED_PATH', instance: '/api/test/who/%E0%A4%A' });
  });

  it('matches paths case-sensitively and answers OPTIONS with the methods a path takes', async () => {
    const json = { headers: { Accept: 'application/json' } };
    expect((await server.request('GET', '/API/test/who/x', json)).status).toBe(404);
    const options = await server.request('OPTIONS', '/api/test/echo');
    expect(options.status).toBe(200);
    expect(options.headers.allow).toBe('POST');
    expect((await server.request('OPTIONS', '/healthz')).headers.allow).toBe('GET, HEAD');
    expect((await server.request('DELETE', '/api/test/echo')).status).toBe(404);
  });

  it("gives handlers the client's address, from X-Forwarded-For only behind a trusted proxy", async () => {
    const forwarded = { 'X-Forwarded-For': '203.0.113.7' };
    const direct = await server.request('GET', '/api/test/who/a', { headers: forwarded });
    expect(direct.body.ip).toMatch(/127\.0\.0\.1$/);
    const { createHttpApp } = await import('../../server/src/http/create-http-app.ts');
    const proxied = createHttpApp(server.deps, probeRoutes(), {
      trustProxy: 'loopback',
      serveWebApps: false,
    });
    const { createServer } = await import('node:http');
    const listener = createServer(proxied);
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = listener.address() as { port: number };
      const res = await fetch(`http://127.0.0.1:${port}/api/test/who/a`, { headers: forwarded });
      expect((await res.json()).ip).toBe('203.0.113.7');
    } finally {
      await new Promise<void>((resolve) => listener.close(() => resolve()));
    }
  });
});

describe('API documentation', () => {
  it('describes every mounted route in an OpenAPI 3.1 document, with its roles and schemas', async () => {
    const res = await server.request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    const patch = res.body.paths['/api/accounts/{id}'].patch;
    expect(patch['x-roles']).toEqual(['admin']);
    expect(patch.parameters).toContainEqual({
      name: 'id',
      in: 'path',
      required: true,
      schema: { type: 'string' },
    });
    expect(patch.requestBody.content['application/json'].schema.properties).toHaveProperty('resetPassword');
    expect(res.body.paths['/api/test/paged'].get.parameters.map((p: { name: string }) => p.name)).toEqual([
      'page',
      'q',
    ]);
    expect(res.body.paths['/api/auth/login'].post.security).toEqual([]);
    expect(res.body.components.schemas['service-item.schema.json'].$id).toMatch(/service-item/);
    for (const path of ['/healthz', '/readyz', '/api/openapi.json', '/api/docs', '/api/auth/me']) {
      expect(res.body.paths, path).toHaveProperty([path]);
    }
  });

  it('serves a self-contained docs page listing every operation', async () => {
    const res = await server.request('GET', '/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.body).toContain('/api/accounts/:id');
    expect(res.body).toContain('roles: admin');
    expect(res.body).not.toMatch(/<script|https?:\/\/(?!onewindow\.example)[a-z]/i);
  });
});
