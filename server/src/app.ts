import type { AppDeps } from './deps.ts';
import { createHttpApp, type HttpApp, type HttpAppOptions } from './http/create-http-app.ts';
import type { RouteDef } from './http/route.ts';
import { allRoutes } from './routes.ts';

export interface CreateAppOptions extends HttpAppOptions {
  /** Mount these instead of `allRoutes(deps)` (tests of one part of the API). */
  routes?: readonly RouteDef[];
}

/**
 * THE app (DESIGN.md: `createApp` is separate from `listen()`), a request listener for
 * `http.createServer`: every route of the API with sessions → actor, role checks (401/403), JSON
 * bodies validated by ajv, RFC 9457 errors, helmet headers, request ids, `/healthz`, `/readyz`,
 * `/api/openapi.json` and `/api/docs`; express 5 serves the web apps.
 */
export function createApp(deps: AppDeps, options: CreateAppOptions = {}): HttpApp {
  return createHttpApp(deps, options.routes ?? allRoutes(deps), options);
}
