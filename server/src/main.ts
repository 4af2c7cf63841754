import { mkdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pino from 'pino';
import { bootstrapAccounts, formatInitialPasswords } from './accounts/bootstrap-accounts.ts';
import { createApp } from './app.ts';
import { resumeDeadlineRecomputes } from './calendars/resume-deadline-recomputes.ts';
import { loadSettings, type Settings } from './config.ts';
import type { AppDeps } from './deps.ts';
import type { Lifecycle } from './http/health-routes.ts';
import { SYSTEM_ACTOR, seedExamples } from './seed/seed-examples.ts';
import { createMongoStore, createSqliteStore, type Store } from './storage/index.ts';
import { systemClock } from './system-clock.ts';

/** A started server: where it listens, what it runs on, and how to stop it gracefully. */
export interface RunningServer {
  url: string;
  port: number;
  deps: AppDeps;
  /** Stops accepting, drains in-flight requests (cut after `shutdownTimeoutMs`), closes the store. */
  close(): Promise<void>;
}

async function openStore(settings: Settings): Promise<Store> {
  if (settings.mongodbUri) return await createMongoStore({ uri: settings.mongodbUri });
  return createSqliteStore({ file: join(settings.config.dataDir, 'onewindow.db') });
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
 * Starts OneWindow: the data directory, the store (`MONGODB_URI` → MongoDB, else SQLite in
 * `<dataDir>/onewindow.db`), the first-start accounts (their passwords printed once and written to
 * a 0600 file), the example items and calendars, any recomputation of stored deadlines a stopped
 * process left unfinished, then `listen()` on `PORT` (0 = any free port; the real one is printed).
 */
export async function startServer(settings: Settings = loadSettings()): Promise<RunningServer> {
  const { config } = settings;
  await mkdir(config.dataDir, { recursive: true });
  const logger = pino({ level: settings.logLevel, base: { pid: process.pid } });
  const store = await openStore(settings);
  const deps: AppDeps = { store, clock: systemClock(config.timeZone), config, logger };
  try {
    const bootstrap = await bootstrapAccounts(deps);
    if (bootstrap.created) {
      process.stdout.write(
        `\nFirst start: accounts created. Their passwords (shown this once, also in ${bootstrap.file}):\n` +
          `${formatInitialPasswords(bootstrap.passwords)}\n`,
      );
    }
    const seeded = await seedExamples(deps);
    logger.info({ published: seeded.published }, 'examples seeded');
    const resumed = await resumeDeadlineRecomputes(deps, SYSTEM_ACTOR.username);
    if (resumed.length > 0)
      logger.warn({ years: resumed }, 'stored deadlines recomputed for these calendars');
  } catch (error) {
    await store.close();
    throw error;
  }
  const lifecycle: Lifecycle = { draining: false };
  const server = createServer(createApp(deps, { trustProxy: settings.trustProxy, lifecycle }));
  const port = await listen(server, config.port, settings.host);
  const url = `http://localhost:${port}`;
  logger.info({ port, url, store: store.engine, dataDir: config.dataDir }, 'listening');
  process.stdout.write(`OneWindow (一窗通) is running at ${url}\n`);
  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    deps,
    close() {
      closing ??= (async () => {
        lifecycle.draining = true;
        logger.info('draining');
        await drain(server, settings.shutdownTimeoutMs);
        await store.close();
        logger.info('stopped');
      })();
      return closing;
    },
  };
}

async function main(): Promise<void> {
  const starting = startServer();
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
  try {
    await starting;
  } catch (error) {
    process.stderr.write(`OneWindow could not start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
