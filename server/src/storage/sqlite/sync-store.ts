import type { Store } from '../port.ts';
import type { FileOps } from './sqlite-files.ts';

/**
 * The port with its promises unwrapped: better-sqlite3 is synchronous, so the operations are written
 * synchronously and `createSqliteStore` wraps each one (async, with error translation). The file
 * operations are not in it: they wait for the disk, so they are asynchronous (sqlite-files.ts).
 */
export type SyncStore = {
  [K in Exclude<keyof Store, 'engine' | keyof FileOps>]: (
    ...args: Parameters<Store[K]>
  ) => Awaited<ReturnType<Store[K]>>;
};
