import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQueryString } from 'node:querystring';
import type { Logger } from 'pino';
import { ForbiddenError, UnauthorizedError } from '../errors/index.ts';
import { coerceQuery } from './coerce-query.ts';
import { writeProblem } from './error-middleware.ts';
import { isForbiddenKey } from './forbidden-keys.ts';
import { forbiddenKeyError, parseJsonBody } from './parse-json-body.ts';
import { assertJsonContentType, hasBody, readJsonText } from './read-json-text.ts';
import { assertValid, compileRequestSchema, type RequestValidator } from './request-validator.ts';
import type { Actor, RouteDef, RouteResult } from './route.ts';
import { createRouteTable, type RouteMatch } from './route-table.ts';
import type { HeaderList } from './security-headers.ts';

export interface RouteDispatcherOptions {
  /** Bytes a request body may have unless the route says otherwise (413 beyond). */
  bodyLimit: number;
  /** Who a request acts for (from its session cookie); `null` when nobody is logged in. */
  resolveActor(req: IncomingMessage): Promise<Actor | null>;
  /** The client's address (behind a trusted proxy, from `X-Forwarded-For`). */
  clientIp(req: IncomingMessage): string;
  logger: Logger;
  /** Sent with every answer (the security headers), with `X-Request-Id`. */
  headers: HeaderList;
}

/**
 * Answers a request if a route claims it (true), or leaves it untouched for whatever serves the rest
 * (false). `requestId` is the one `beginRequest` gave it.
 */
export type RouteDispatcher = (req: IncomingMessage, res: ServerResponse, requestId: string) => boolean;

type Query = Record<string, string | string[] | undefined>;

const METHODS_WITH_BODY: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface PreparedRoute {
  route: RouteDef;
  body?: RequestValidator;
  query?: RequestValidator;
}

function prepare(route: RouteDef): PreparedRoute {
  try {
    return {
      route,
      body: route.bodySchema ? compileRequestSchema(route.bodySchema) : undefined,
      query: route.querySchema ? compileRequestSchema(route.querySchema) : undefined,
    };
  } catch (error) {
    throw new Error(
      `The schema of ${route.method} ${route.path} does not compile: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  }
}

/** 401 without a login, 403 for a role the route does not declare. */
function authorize(route: RouteDef, actor: Actor | null): void {
  if (route.roles === 'public') return;
  if (!actor) throw new UnauthorizedError();
  if (!route.roles.includes(actor.role)) {
    throw new ForbiddenError(`This needs the role ${route.roles.join(' or ')}.`, {
      extensions: { allowedRoles: route.roles },
    });
  }
}

/** The query as express's default ("simple") parser read it: node:querystring. */
function readQuery(search: string, prepared: PreparedRoute): Query {
  const query: Query = parseQueryString(search);
  for (const key of Object.keys(query)) {
    if (isForbiddenKey(key))
      throw forbiddenKeyError(`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'query');
  }
  const schema = prepared.route.querySchema;
  if (prepared.query && schema) assertValid(prepared.query, coerceQuery(query, schema), 'query');
  return query;
}

async function readBody(req: IncomingMessage, prepared: PreparedRoute, bodyLimit: number): Promise<unknown> {
  if (prepared.route.rawBody) return undefined;
  let body: unknown;
  if (METHODS_WITH_BODY.has(req.method ?? '') && hasBody(req)) {
    assertJsonContentType(req);
    body = parseJsonBody(await readJsonText(req, prepared.route.bodyLimit ?? bodyLimit));
  }
  if (prepared.body) assertValid(prepared.body, body, 'body');
  return body;
}

/** The answer's headers one by one, for answers written by express or through a problem. */
export function setAnswerHeaders(res: ServerResponse, headers: HeaderList, requestId: string): void {
  for (const [name, value] of headers) res.setHeader(name, value);
  res.setHeader('X-Request-Id', requestId);
}

/** The fixed headers with a route's own, which replace any fixed one of the same name. */
function withOwnHeaders(fixed: string[], own: Record<string, string>): string[] {
  const names = new Set(Object.keys(own).map((name) => name.toLowerCase()));
  const head: string[] = [];
  for (let i = 0; i < fixed.length; i += 2) {
    if (!names.has(fixed[i].toLowerCase())) head.push(fixed[i], fixed[i + 1]);
  }
  for (const name of Object.keys(own)) head.push(name, own[name]);
  return head;
}

/**
 * A route's answer: status line, headers and body in one `writeHead` + `end` — the headers as one
 * list (built from `head`, the fixed ones, without a `setHeader` each) and a Content-Length, so node
 * sends them and the body in one write, never chunked. `fixed` is this request's own copy.
 */
function writeResult(res: ServerResponse, result: RouteResult, fixed: string[]): void {
  const status = result.status ?? (result.body === undefined ? 204 : 200);
  const head = result.headers ? withOwnHeaders(fixed, result.headers) : fixed;
  if (result.cookies) for (const cookie of result.cookies) head.push('Set-Cookie', cookie);
  if (result.body === undefined || status === 204 || status === 304) {
    res.writeHead(status, head);
    res.end();
    return;
  }
  if (result.body instanceof Uint8Array) {
    head.push('Content-Type', result.contentType ?? 'application/octet-stream');
    head.push('Content-Length', String(result.body.byteLength));
    res.writeHead(status, head);
    res.end(result.body);
    return;
  }
  const contentType = result.contentType ?? 'application/json';
  const text =
    typeof result.body === 'string' && !/json/.test(contentType) ? result.body : JSON.stringify(result.body);
  head.push('Content-Type', /charset=/.test(contentType) ? contentType : `${contentType}; charset=utf-8`);
  head.push('Content-Length', String(Buffer.byteLength(text)));
  res.writeHead(status, head);
  res.end(text);
}

/** `OPTIONS` on a path some route answers: the methods it takes, as express's router answered it. */
function writeOptions(res: ServerResponse, methods: readonly string[]): void {
  const allow = methods.join(', ');
  res.setHeader('Allow', allow);
  res.setHeader('Content-Length', Buffer.byteLength(allow));
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(allow);
}

/**
 * The API's router, straight on node's request and response (STYLE.md #7: routes are thin): who is
 * asking (401/403 before anything is read), the query (forbidden keys, its schema), the body (JSON
 * only — 415, 413, 400 malformed or with forbidden keys — then its schema; a `rawBody` route's stream
 * is left to its handler), the handler, the answer (JSON, text, or bytes), and any error as a problem.
 * Every schema is compiled here, once, so a route with a broken schema stops the server at startup,
 * and two routes claiming the same method and path are refused.
 *
 * It replaces express's router for the API because express decorated every request and response
 * (prototype swaps, a middleware chain, a regular expression per route), which cost more server CPU
 * than judging a case. express still serves what no route claims (the web apps, the 404 problem).
 */
export function createRouteDispatcher(
  routes: readonly RouteDef[],
  options: RouteDispatcherOptions,
): RouteDispatcher {
  const seen = new Set<string>();
  const table = createRouteTable(
    routes.map((route) => {
      const key = `${route.method} ${route.path}`;
      if (seen.has(key)) throw new Error(`Two routes claim ${key}.`);
      seen.add(key);
      return { method: route.method, path: route.path, value: prepare(route) };
    }),
  );
  const fixed: string[] = options.headers.flat();

  /** Runs the route and writes its answer or its problem; never rejects. */
  async function run(
    req: IncomingMessage,
    res: ServerResponse,
    { value: prepared, params }: RouteMatch<PreparedRoute>,
    search: string,
    requestId: string,
  ): Promise<void> {
    try {
      const { route } = prepared;
      const actor = await options.resolveActor(req);
      authorize(route, actor);
      const query = readQuery(search, prepared);
      const body = await readBody(req, prepared, options.bodyLimit);
      const result = await route.handler({
        actor,
        body,
        params,
        query,
        headers: req.headers,
        requestId,
        ip: options.clientIp(req),
        ...(route.rawBody ? { stream: req } : {}),
      });
      writeResult(res, result, [...fixed, 'X-Request-Id', requestId]);
    } catch (error) {
      setAnswerHeaders(res, options.headers, requestId);
      writeProblem(error, req, res, options.logger);
    }
  }

  return (req, res, requestId) => {
    const url = req.url ?? '';
    const mark = url.indexOf('?');
    const path = mark === -1 ? url : url.slice(0, mark);
    const method = req.method ?? 'GET';
    let found: RouteMatch<PreparedRoute> | null;
    try {
      found = table.match(method, path);
    } catch (error) {
      setAnswerHeaders(res, options.headers, requestId);
      writeProblem(error, req, res, options.logger);
      return true;
    }
    if (!found) {
      if (method !== 'OPTIONS') return false;
      const methods = table.methodsAt(path);
      if (methods.length === 0) return false;
      setAnswerHeaders(res, options.headers, requestId);
      writeOptions(res, methods);
      return true;
    }
    void run(req, res, found, mark === -1 ? '' : url.slice(mark + 1), requestId);
    return true;
  };
}
