import cluster from 'node:cluster';
import { pathToFileURL } from 'node:url';
import { runPrimary } from './cluster/run-primary.ts';
import { runWorker } from './cluster/run-worker.ts';
import { loadSettings, type Settings } from './config.ts';
import type { AppDeps } from './deps.ts';
import { openDeps, processLogger } from './start/open-deps.ts';
import { prepareData } from './start/prepare-data.ts';
import { type ServingHttp, serveHttp } from './start/serve-http.ts';

/** A started server: where it listens, what it runs on, and how to stop it gracefully. */
export interface RunningServer {
  url: string;
  port: number;
  deps: AppDeps;
  /** Stops accepting, drains in-flight requests (cut after `shutdownTimeoutMs`), closes the store. */
  close(): Promise<void>;
}

/**
 * Starts OneWindow in THIS process (`WORKERS=1`, and tests): the data directory, the store
 * (`MONGODB_URI` → MongoDB, else SQLite in `<dataDir>/onewindow.db`), the first-start accounts (their
 * passwords printed once and written to a 0600 file), the example items and calendars, any
 * recomputation of stored deadlines a stopped process left unfinished, then `listen()` on `PORT`
 * (0 = any free port; the real one is printed).
 */
export async function startServer(settings: Settings = loadSettings()): Promise<RunningServer> {
  const logger = processLogger(settings);
  const deps = await openDeps(settings, logger);
  let serving: ServingHttp;
  try {
    await prepareData(deps);
    serving = await serveHttp(settings, deps);
  } catch (error) {
    await deps.store.close();
    throw error;
  }
  const url = `http://localhost:${serving.port}`;
  logger.info(
    { port: serving.port, url, store: deps.store.engine, dataDir: settings.config.dataDir },
    'listening',
  );
  process.stdout.write(`OneWindow (一窗通) is running at ${url}\n`);
  return { url, port: serving.port, deps, close: serving.close };
}

/** One process serving everything: SIGTERM/SIGINT drain it and exit 0 (1 if closing failed). */
async function runSingle(settings: Settings): Promise<void> {
  const starting = startServer(settings);
  // The handlers go in before anything is printed: a SIGTERM sent as soon as "is running" appears
  // must still drain and exit 0, not meet the default action that kills the process.
  const stop = (signal: string) => {
    starting
      .then((running) => {
        process.stdout.write(`${signal}: finishing the requests in flight, then stopping.\n`);
        return running.close();
      })
      .then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Shutdown failed: ${(error as Error).message}\n`);
          process.exit(1);
        },
      );
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
  await starting;
}

/** `npm start`: one process with `WORKERS=1`, else a cluster primary and its workers. */
async function main(): Promise<void> {
  try {
    if (cluster.isWorker) await runWorker(loadSettings());
    else {
      const settings = loadSettings();
      await (settings.workers === 1 ? runSingle(settings) : runPrimary(settings));
    }
  } catch (error) {
    process.stderr.write(`OneWindow could not start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
