import { closeSync, fdatasync, fdatasyncSync, fsyncSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * The fsync of a database's write-ahead log, done by this adapter instead of by SQLite's COMMIT.
 * With `synchronous = FULL` SQLite fsyncs the log inside COMMIT, which blocks the event loop for the
 * whole disk flush (4–10 ms here); this lets the flush run on libuv's thread pool while the loop
 * goes on parsing, checking and committing the next batch (write-batcher.ts). On Linux an fsync of
 * any descriptor of a file flushes all of that file's written pages, SQLite's included.
 */
export interface WalSync {
  /** Flushes everything committed so far to the disk, off the event loop. */
  sync(done: (error: Error | null) => void): void;
  /** The same, blocking (at open and close). */
  syncNow(): void;
  close(): void;
}

/**
 * Opens `<file>-wal`, which exists while a connection in WAL mode has the database open (SQLite
 * removes it only when the last connection closes), and fsyncs it and its directory once: the
 * directory entry is what SQLite's own first log sync would have made durable, and the log may hold
 * the migrations of this open.
 */
export function openWalSync(file: string): WalSync {
  const fd = openSync(`${file}-wal`, 'r+');
  const sync: WalSync = {
    sync(done) {
      fdatasync(fd, (error) => done(error));
    },
    syncNow() {
      fdatasyncSync(fd);
    },
    close() {
      closeSync(fd);
    },
  };
  try {
    sync.syncNow();
    syncDirectoryOf(file);
  } catch (error) {
    sync.close();
    throw error;
  }
  return sync;
}

function syncDirectoryOf(file: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dirname(file), 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
