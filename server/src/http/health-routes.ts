import type { AppDeps } from '../deps.ts';
import { StorageError } from '../errors/index.ts';
import type { RouteDef } from './route.ts';

/** Shared between main.ts and the app: set `draining` when shutdown begins. */
export interface Lifecycle {
  draining: boolean;
}

/**
 * `/healthz`: the process answers (liveness). `/readyz`: the store answers and the server is not
 * shutting down (readiness: a load balancer stops sending new requests while it drains).
 */
export function healthRoutes(deps: AppDeps, lifecycle: Lifecycle): RouteDef[] {
  return [
    {
      method: 'GET',
      path: '/healthz',
      roles: 'public',
      summary: 'Liveness: the process is up',
      tag: 'ops',
      responseSchema: { type: 'object', properties: { status: { const: 'ok' } } },
      async handler() {
        return { body: { status: 'ok' }, headers: { 'Cache-Control': 'no-store' } };
      },
    },
    {
      method: 'GET',
      path: '/readyz',
      roles: 'public',
      summary: 'Readiness: the store answers and the server is not draining',
      tag: 'ops',
      responseSchema: {
        type: 'object',
        properties: { status: { const: 'ready' }, store: { type: 'string' } },
      },
      async handler() {
        if (lifecycle.draining)
          throw new StorageError('The server is shutting down.', { status: 503, code: 'DRAINING' });
        try {
          await deps.store.ping();
        } catch (error) {
          throw new StorageError('The store does not answer.', {
            status: 503,
            code: 'STORE_UNAVAILABLE',
            cause: error,
          });
        }
        return {
          body: { status: 'ready', store: deps.store.engine },
          headers: { 'Cache-Control': 'no-store' },
        };
      },
    },
  ];
}
