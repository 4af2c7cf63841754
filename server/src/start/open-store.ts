import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Settings } from '../config.ts';
import { createMongoStore, createSqliteStore, type Store } from '../storage/index.ts';

/**
 * The store the settings name: MongoDB when `MONGODB_URI` is set (one connection pool per process),
 * else SQLite in `<dataDir>/onewindow.db` (one connection per process; processes share the file).
 */
export async function openStore(
  settings: Settings,
  logger: Logger,
  { reserveLog = true }: { reserveLog?: boolean } = {},
): Promise<Store> {
  if (settings.mongodbUri) return await createMongoStore({ uri: settings.mongodbUri });
  return createSqliteStore({
    file: join(settings.config.dataDir, 'onewindow.db'),
    // The log's 126 MiB written at open, for fsyncs that write data only from the first receipt on;
    // not by the cluster primary's stores, closed before the workers open theirs (or after).
    reserveLog,
    onBackgroundError: (error) =>
      logger.warn({ err: error }, 'the background checkpoint stopped; the store checkpoints in its commits'),
  });
}
