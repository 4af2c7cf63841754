import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';
import { resolveActor } from '../auth/resolve-actor.ts';
import type { AppDeps } from '../deps.ts';
import { openapiRoutes } from '../openapi/routes.ts';
import { errorMiddleware, notFoundHandler } from './error-middleware.ts';
import { healthRoutes, type Lifecycle } from './health-routes.ts';
import { beginRequest } from './request-context.ts';
import type { RouteDef } from './route.ts';
import { createRouteDispatcher, setAnswerHeaders } from './route-dispatcher.ts';
import { securityHeaders } from './security-headers.ts';
import { webApps } from './web-apps.ts';

export interface HttpAppOptions {
  /** express's `trust proxy`: set it when a reverse proxy sets `X-Forwarded-For` (for the client's address). */
  trustProxy?: boolean | number | string;
  /** Shared with main.ts, which sets `draining` on SIGTERM so `/readyz` turns 503. */
  lifecycle?: Lifecycle;
  /** Serve the built web apps (runtime/dist at `/`, designer/dist at `/designer`); default true. */
  serveWebApps?: boolean;
}

/** What `http.createServer` takes: the whole app as one request listener. */
export type HttpApp = (req: IncomingMessage, res: ServerResponse) => void;

/** express's own `req.ip`: the client's address under the `trust proxy` setting (proxy-addr). */
const expressIp = Object.getOwnPropertyDescriptor(express.request, 'ip')?.get;

/**
 * The HTTP app serving `routes` plus `/healthz`, `/readyz` and the API docs. Every request gets its
 * request id (and log line) first; then the route dispatcher answers what a route claims (sessions,
 * roles, JSON bodies, schemas, problems) and express serves the rest — the built web apps, and the 404
 * problem for anything else. Every answer carries the security headers and `X-Request-Id`. No `listen()`: main.ts and the test harness
 * do that.
 */
export function createHttpApp(
  deps: AppDeps,
  routes: readonly RouteDef[],
  options: HttpAppOptions = {},
): HttpApp {
  const rest = express();
  rest.disable('x-powered-by');
  // An ETag would hash every answer; drafts carry their own revision for concurrency instead.
  rest.set('etag', false);
  const trustProxy = options.trustProxy ?? false;
  rest.set('trust proxy', trustProxy);
  if (options.serveWebApps !== false) rest.use(webApps());
  rest.use(notFoundHandler);
  rest.use(errorMiddleware(deps.logger));

  if (trustProxy !== false && !expressIp) throw new Error('express no longer defines req.ip');
  const clientIp =
    trustProxy === false
      ? (req: IncomingMessage) => req.socket.remoteAddress ?? ''
      : (req: IncomingMessage): string =>
          expressIp!.call({ app: rest, headers: req.headers, connection: req.socket, socket: req.socket }) ??
          '';

  const everything: RouteDef[] = [];
  everything.push(
    ...healthRoutes(deps, options.lifecycle ?? { draining: false }),
    ...routes,
    ...openapiRoutes(() => everything),
  );
  const headers = securityHeaders({ secure: deps.config.secureCookies });
  const dispatch = createRouteDispatcher(everything, {
    bodyLimit: deps.config.bodyLimit,
    resolveActor: (req) => resolveActor(deps, req),
    clientIp,
    logger: deps.logger,
    headers,
  });
  return (req, res) => {
    const requestId = beginRequest(req, res, deps.logger);
    if (dispatch(req, res, requestId)) return;
    setAnswerHeaders(res, headers, requestId);
    rest(req, res);
  };
}
