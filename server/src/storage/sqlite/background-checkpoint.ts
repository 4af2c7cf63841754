import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** How often the background connection copies the log into the database file. */
export const CHECKPOINT_EVERY_MS = 200;

/**
 * The log size (pages: about 63 MiB of log) at which the store's own connection checkpoints inside a
 * COMMIT after all (SQLite's default is 1,000): see {@link startBackgroundCheckpoint} for when.
 */
export const FALLBACK_AUTOCHECKPOINT_PAGES = 16_000;

export interface BackgroundCheckpoint {
  /** Stops the thread and closes its connection (before the store's own closes and removes the log). */
  stop(): Promise<void>;
}

/**
 * The thread's code, plain CommonJS (a worker evaluates it as is, so it runs under tsx, vitest or
 * plain node alike). A PASSIVE checkpoint copies the committed log pages into the database file and
 * fsyncs it without taking the write lock and without waiting for readers; it does nothing (no
 * fsync) when nothing is new. A checkpoint that finds another running (another process's) is skipped.
 */
const THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true, timeout: 0 });
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy with another checkpoint, or the file going away: the next tick tries again.
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

/**
 * Checkpoints the WAL of `file` from a worker thread with its own connection. In a COMMIT, SQLite's
 * automatic checkpoint (every 1,000 log pages) copies those pages and fsyncs the database file on the
 * event loop, about once a second under receipts. The store's connection keeps an automatic
 * checkpoint at {@link FALLBACK_AUTOCHECKPOINT_PAGES}, in case this thread fails, and for one more
 * reason: the log restarts from its beginning only after a checkpoint has copied ALL of it, which a
 * checkpoint running beside a steady stream of commits rarely does. So under sustained writes the
 * log grows to that size and the store's own checkpoint then copies what is left (the newest
 * pages, since this thread copied the rest) and lets the log restart.
 */
export function startBackgroundCheckpoint(
  file: string,
  onError: (error: unknown) => void = () => {},
): BackgroundCheckpoint {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(THREAD, {
    eval: true,
    workerData: { file, driver, everyMs: CHECKPOINT_EVERY_MS },
    // Not the parent's --import/--require hooks: the thread is plain JS.
    execArgv: [],
  });
  worker.unref();
  // A thread that failed (its connection could not open, say) leaves the checkpoints to the store's
  // own connection, at the fallback size; the owner is told so that it can log it.
  worker.on('error', onError);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    async stop() {
      // Held until it has exited (unref'd, waiting on it would not keep the process alive).
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
