/**
 * @onewindow/server — the API server. `createApp(deps)` builds the request listener without listening;
 * `startServer(settings)` is what `npm start` runs with `WORKERS=1` (store, first-start accounts, seed,
 * listen); with more, main.ts runs a cluster of that many processes (cluster/run-primary.ts).
 */
export { type CreateAppOptions, createApp } from './app.ts';
export { loadSettings, type Settings } from './config.ts';
export type { AppDeps, Clock, ServerConfig } from './deps.ts';
export type { Actor, Role, RouteContext, RouteDef, RouteResult } from './http/route.ts';
export { type RunningServer, startServer } from './main.ts';
export { allRoutes } from './routes.ts';
export { systemClock } from './system-clock.ts';
