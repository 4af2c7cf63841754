import type { Store } from '../port.ts';

/**
 * The port with its promises unwrapped: better-sqlite3 is synchronous, so the operations are written
 * synchronously and `createSqliteStore` wraps each one (async, with error translation).
 */
export type SyncStore = {
  [K in Exclude<keyof Store, 'engine'>]: (...args: Parameters<Store[K]>) => Awaited<ReturnType<Store[K]>>;
};
