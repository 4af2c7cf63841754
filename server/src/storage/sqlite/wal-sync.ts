import { closeSync, fdatasync, fdatasyncSync, fstatSync, fsyncSync, openSync, writeSync } from 'node:fs';
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
  /** The log file's length, bytes. */
  length(): number;
  /**
   * Makes the log file at least `bytes` long by writing zeros after its end, and flushes them; a log
   * already that long is left alone. The caller holds the database's write lock, so that no
   * connection, in any process, is appending frames past the end meanwhile. True if it wrote.
   */
  reserve(bytes: number): boolean;
  close(): void;
}

const ZEROS = Buffer.alloc(1 << 20);

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
    length: () => fstatSync(fd).size,
    reserve(bytes) {
      const size = fstatSync(fd).size;
      if (size >= bytes) return false;
      for (let at = size; at < bytes; ) at += writeSync(fd, ZEROS, 0, Math.min(ZEROS.length, bytes - at), at);
      fdatasyncSync(fd);
      return true;
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
