import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from '../app.ts';
import type { Settings } from '../config.ts';
import type { AppDeps } from '../deps.ts';
import type { Lifecycle } from '../http/health-routes.ts';

/** An HTTP server of this process, listening: where, and how to stop it gracefully. */
export interface ServingHttp {
  port: number;
  /** Stops accepting, drains in-flight requests (cut after `shutdownTimeoutMs`), closes the store. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string | undefined): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function drain(server: Server, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => server.closeAllConnections(), timeoutMs);
    // A keep-alive connection turns idle when its last answer is out: close it then, not at its timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      clearInterval(sweep);
      resolve();
    });
    server.closeIdleConnections();
  });
}

/**
 * Serves the app on `PORT` (0 = any free port) and `HOST`. In a cluster worker `listen()` hands the
 * port to the primary, which accepts and deals the connections out round-robin, so every worker
 * serves the same port (with `PORT=0` the same random one). Closing turns `/readyz` to 503, drains,
 * and closes the store.
 */
export async function serveHttp(settings: Settings, deps: AppDeps): Promise<ServingHttp> {
  const lifecycle: Lifecycle = { draining: false };
  const server = createServer(createApp(deps, { trustProxy: settings.trustProxy, lifecycle }));
  const port = await listen(server, settings.config.port, settings.host);
  let closing: Promise<void> | undefined;
  return {
    port,
    close() {
      closing ??= (async () => {
        lifecycle.draining = true;
        deps.logger.info('draining');
        await drain(server, settings.shutdownTimeoutMs);
        await deps.store.close();
        deps.logger.info('stopped');
      })();
      return closing;
    },
  };
}
