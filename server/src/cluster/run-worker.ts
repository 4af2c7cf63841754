import { forgetWorkCalendar } from '../calendars/work-calendar.ts';
import type { Settings } from '../config.ts';
import type { AppDeps } from '../deps.ts';
import { openDeps, processLogger } from '../start/open-deps.ts';
import { resumeRecomputes } from '../start/prepare-data.ts';
import { type ServingHttp, serveHttp } from '../start/serve-http.ts';
import { type ClusterMessage, clusterMessage, REPLACEMENT_ENV } from './cluster-messages.ts';

function send(message: ClusterMessage): void {
  // The channel is gone only when the primary is (and then this process is exiting).
  if (process.connected) process.send?.(message);
}

/**
 * A cluster worker: opens its own store (the primary has done the one-time work), serves the shared
 * port, and stops when the primary says so (or on its own SIGTERM/SIGINT, which a Ctrl-C sends the
 * whole process group): drains, closes the store, exits 0 (1 if closing failed).
 *
 * If the IPC channel closes, the primary is gone (SIGKILL, crash): the worker exits at once, so no
 * orphan keeps the port or the database open. A worker that replaces one that died first finishes any
 * deadline recomputation that one left half done (idempotent, see `resumeDeadlineRecomputes`).
 */
export async function runWorker(settings: Settings): Promise<void> {
  // Ahead of Node's own handler, which exits with code 0 without a word.
  process.prependOnceListener('disconnect', () => {
    process.stderr.write(`OneWindow worker ${process.pid}: the primary process is gone; exiting.\n`);
    process.exit(1);
  });
  const logger = processLogger(settings);
  const starting = (async (): Promise<{ deps: AppDeps; serving: ServingHttp }> => {
    const deps = await openDeps(settings, logger, {
      peers: { calendarWritten: () => send({ onewindow: 'calendar-written' }) },
    });
    try {
      if (process.env[REPLACEMENT_ENV] === '1') await resumeRecomputes(deps);
      return { deps, serving: await serveHttp(settings, deps) };
    } catch (error) {
      await deps.store.close();
      throw error;
    }
  })();
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    starting
      .then(({ serving }) => serving.close())
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(
            `OneWindow worker ${process.pid}: shutdown failed: ${(error as Error).message}\n`,
          );
          process.exit(1);
        },
      );
  };
  process.on('message', (raw: unknown) => {
    const message = clusterMessage(raw);
    if (message?.onewindow === 'shutdown') stop();
    else if (message?.onewindow === 'calendar-written')
      starting.then(
        ({ deps }) => forgetWorkCalendar(deps),
        () => {},
      );
  });
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const { deps, serving } = await starting;
  logger.info({ port: serving.port, store: deps.store.engine }, 'worker listening');
}
