/**
 * @onewindow/server — the API server. `createApp(deps)` builds the request listener without listening;
 * `startServer(settings)` is what `npm start` runs (store, first-start accounts, seed, listen).
 */
export { type CreateAppOptions, createApp } from './app.ts';
export { loadSettings, type Settings } from './config.ts';
export type { AppDeps, Clock, ServerConfig } from './deps.ts';
export type { Actor, Role, RouteContext, RouteDef, RouteResult } from './http/route.ts';
export { type RunningServer, startServer } from './main.ts';
export { allRoutes } from './routes.ts';
export { systemClock } from './system-clock.ts';
