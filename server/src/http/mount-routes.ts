import type { IncomingMessage } from 'node:http';
import express, { type Request, type Response, type Router } from 'express';
import { ForbiddenError, UnauthorizedError } from '../errors/index.ts';
import { coerceQuery } from './coerce-query.ts';
import { isForbiddenKey } from './forbidden-keys.ts';
import { forbiddenKeyError, parseJsonBody } from './parse-json-body.ts';
import { assertJsonContentType, hasBody, readJsonText } from './read-json-text.ts';
import { requestIdOf } from './request-context.ts';
import { assertValid, compileRequestSchema, type RequestValidator } from './request-validator.ts';
import type { Actor, RouteDef, RouteResult } from './route.ts';

export interface MountRoutesOptions {
  /** Bytes a request body may have unless the route says otherwise (413 beyond). */
  bodyLimit: number;
  /** Who a request acts for (from its session cookie); `null` when nobody is logged in. */
  resolveActor(req: IncomingMessage): Promise<Actor | null>;
}

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

function readQuery(
  req: Request,
  validator: RequestValidator | undefined,
  schema: RouteDef['querySchema'],
): Query {
  const query = req.query as Query;
  for (const key of Object.keys(query)) {
    if (isForbiddenKey(key))
      throw forbiddenKeyError(`/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`, 'query');
  }
  if (validator && schema) assertValid(validator, coerceQuery(query, schema), 'query');
  return query;
}

async function readBody(req: Request, prepared: PreparedRoute, bodyLimit: number): Promise<unknown> {
  if (prepared.route.rawBody) return undefined;
  let body: unknown;
  if (METHODS_WITH_BODY.has(req.method) && hasBody(req)) {
    assertJsonContentType(req);
    body = parseJsonBody(await readJsonText(req, prepared.route.bodyLimit ?? bodyLimit));
  }
  if (prepared.body) assertValid(prepared.body, body, 'body');
  return body;
}

function writeResult(res: Response, result: RouteResult): void {
  const status = result.status ?? (result.body === undefined ? 204 : 200);
  res.status(status);
  for (const [name, value] of Object.entries(result.headers ?? {})) res.setHeader(name, value);
  if (result.cookies && result.cookies.length > 0) res.append('Set-Cookie', result.cookies);
  if (result.body === undefined || status === 204 || status === 304) {
    res.end();
    return;
  }
  if (result.body instanceof Uint8Array) {
    res.setHeader('Content-Type', result.contentType ?? 'application/octet-stream');
    res.setHeader('Content-Length', String(result.body.byteLength));
    res.end(result.body);
    return;
  }
  const contentType = result.contentType ?? 'application/json';
  const text =
    typeof result.body === 'string' && !/json/.test(contentType) ? result.body : JSON.stringify(result.body);
  res.setHeader('Content-Type', /charset=/.test(contentType) ? contentType : `${contentType}; charset=utf-8`);
  res.end(text);
}

/**
 * Mounts RouteDefs on an express router, each thin (STYLE.md #7): who is asking (401/403 before
 * anything is read), the query (forbidden keys, its schema), the body (JSON only — 415, 413, 400
 * malformed or with forbidden keys — then its schema; a `rawBody` route's stream is left to its
 * handler), the handler, the answer (JSON, text, or bytes). Every schema is
 * compiled here, once, so a route with a broken schema stops the server at startup, and two routes
 * claiming the same method and path are refused.
 */
export function mountRoutes(routes: readonly RouteDef[], options: MountRoutesOptions): Router {
  const router = express.Router({ caseSensitive: true, strict: false });
  const seen = new Set<string>();
  for (const route of routes) {
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) throw new Error(`Two routes claim ${key}.`);
    seen.add(key);
    const prepared = prepare(route);
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    router[method](route.path, async (req: Request, res: Response) => {
      const actor = await options.resolveActor(req);
      authorize(route, actor);
      const query = readQuery(req, prepared.query, route.querySchema);
      const body = await readBody(req, prepared, options.bodyLimit);
      const result = await route.handler({
        actor,
        body,
        params: { ...req.params } as Record<string, string>,
        query,
        headers: req.headers,
        requestId: requestIdOf(res),
        ip: req.ip ?? req.socket.remoteAddress ?? '',
        ...(route.rawBody ? { stream: req } : {}),
      });
      writeResult(res, result);
    });
  }
  return router;
}
