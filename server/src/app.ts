import type express from 'express';
import type { AppDeps } from './deps.ts';
import { createHttpApp, type HttpAppOptions } from './http/create-http-app.ts';
import type { RouteDef } from './http/route.ts';
import { allRoutes } from './routes.ts';

export interface CreateAppOptions extends HttpAppOptions {
  /** Mount these instead of `allRoutes(deps)` (tests of one part of the API). */
  routes?: readonly RouteDef[];
}

/**
 * THE app (DESIGN.md: `createApp` is separate from `listen()`): every route of the API on express 5,
 * with sessions → actor, role checks (401/403), JSON bodies validated by ajv, RFC 9457 errors,
 * helmet headers, request ids, `/healthz`, `/readyz`, `/api/openapi.json` and `/api/docs`.
 */
export function createApp(deps: AppDeps, options: CreateAppOptions = {}): express.Express {
  return createHttpApp(deps, options.routes ?? allRoutes(deps), options);
}
