import { mkdir } from 'node:fs/promises';
import pino, { type Logger } from 'pino';
import type { Settings } from '../config.ts';
import type { AppDeps } from '../deps.ts';
import { systemClock } from '../system-clock.ts';
import { openStore } from './open-store.ts';

/** The logger of this process (each worker's lines carry its own pid). */
export function processLogger(settings: Settings): Logger {
  return pino({ level: settings.logLevel, base: { pid: process.pid } });
}

/**
 * Creates the data directory, opens the store and builds the dependencies of this process; `peers`
 * are the other workers of a cluster; `reserveLog` (default true) is the embedded store's (see
 * `openStore`).
 */
export async function openDeps(
  settings: Settings,
  logger: Logger,
  { peers, reserveLog }: { peers?: AppDeps['peers']; reserveLog?: boolean } = {},
): Promise<AppDeps> {
  const { config } = settings;
  await mkdir(config.dataDir, { recursive: true });
  const store = await openStore(settings, logger, { reserveLog });
  return { store, clock: systemClock(config.timeZone), config, logger, ...(peers ? { peers } : {}) };
}
