import express from 'express';
import { resolveActor } from '../auth/resolve-actor.ts';
import type { AppDeps } from '../deps.ts';
import { openapiRoutes } from '../openapi/routes.ts';
import { errorMiddleware, notFoundHandler } from './error-middleware.ts';
import { healthRoutes, type Lifecycle } from './health-routes.ts';
import { mountRoutes } from './mount-routes.ts';
import { requestContext } from './request-context.ts';
import type { RouteDef } from './route.ts';
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

/**
 * An express app serving `routes` plus `/healthz`, `/readyz` and the API docs: request ids and
 * logs, helmet headers, the RouteDef router (sessions, roles, JSON bodies, schemas) and the one
 * error middleware. No `listen()`: main.ts and the test harness do that.
 */
export function createHttpApp(
  deps: AppDeps,
  routes: readonly RouteDef[],
  options: HttpAppOptions = {},
): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // An ETag would hash every JSON answer; drafts carry their own revision for concurrency instead.
  app.set('etag', false);
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(requestContext(deps.logger));
  app.use(securityHeaders({ secure: deps.config.secureCookies }));
  const everything: RouteDef[] = [];
  everything.push(
    ...healthRoutes(deps, options.lifecycle ?? { draining: false }),
    ...routes,
    ...openapiRoutes(() => everything),
  );
  app.use(
    mountRoutes(everything, {
      bodyLimit: deps.config.bodyLimit,
      resolveActor: (req) => resolveActor(deps, req),
    }),
  );
  if (options.serveWebApps !== false) app.use(webApps());
  app.use(notFoundHandler);
  app.use(errorMiddleware(deps.logger));
  return app;
}
