import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { StorageError } from '../../errors/index.ts';
import type { Store } from '../port.ts';
import {
  type BackgroundCheckpoint,
  FALLBACK_AUTOCHECKPOINT_PAGES,
  startBackgroundCheckpoint,
} from './background-checkpoint.ts';
import { type Db, openSqliteDatabase } from './open-sqlite-database.ts';
import { sqliteAccounts } from './sqlite-accounts.ts';
import { sqliteAudit, sqliteAuditWriter } from './sqlite-audit.ts';
import { sqliteCases } from './sqlite-cases.ts';
import { sqliteDeadlines } from './sqlite-deadlines.ts';
import { sqliteDefinitions } from './sqlite-definitions.ts';
import { sqliteFiles } from './sqlite-files.ts';
import { sqliteInbox } from './sqlite-inbox.ts';
import { SEARCH_INDEX_STEP, type SearchIndex, sqliteSearchIndex } from './sqlite-search-index.ts';
import type { SyncStore } from './sync-store.ts';
import { translateSqliteError } from './translate-sqlite-error.ts';
import { openWalSync, type WalSync } from './wal-sync.ts';
import { createWriteBatcher, type WriteBatcher } from './write-batcher.ts';

/** `full` (default) survives power loss; `normal` survives a killed process only. */
export type SqliteDurability = 'full' | 'normal';

export interface CreateSqliteStoreArgs {
  /** A path (its directory must exist), or ':memory:' for a throwaway database. */
  file: string;
  /**
   * `full` (the default): no write is answered before the WAL holding it is fsynced, so a receipt
   * that got its 201 survives a killed process AND a power cut. `normal`: no fsync per commit; still
   * survives a killed process (the WAL is in the OS cache) but a power cut may lose the last commits —
   * for benchmarks and throwaway data. Group commit (write-batcher.ts) makes one fsync serve every
   * write committed while the previous fsync ran.
   */
  durability?: SqliteDurability;
  /**
   * How long a write waits for another process's write lock before failing with a 503 (without
   * blocking the event loop: write-batcher.ts), and a read for the rare lock a read needs.
   */
  busyTimeoutMs?: number;
  /**
   * Where stored files (scans) live. Default: `files` next to the database file (`./data/files` for
   * `./data/onewindow.db`); for ':memory:' a temp directory removed on close.
   */
  filesDir?: string;
  /**
   * Told when the thread that checkpoints the log in the background fails; the store goes on, its
   * own connection checkpointing in its commits (background-checkpoint.ts). Default: nobody is told.
   */
  onBackgroundError?: (error: unknown) => void;
  /**
   * With durability `full`: make the log file as long as it grows under steady writes (see
   * {@link reserveLog}) when the store opens. Default false (tests and tools that open many small
   * stores); the server sets it.
   */
  reserveLog?: boolean;
}

/** The operations that write; they go through the group commit. Everything else reads directly. */
const WRITES = new Set<keyof SyncStore>([
  'createAccount',
  'updateAccount',
  'createSession',
  'deleteSession',
  'deleteAccountSessions',
  'deleteExpiredSessions',
  'countLoginAttempt',
  'clearLoginAttempts',
  'saveDraft',
  'publishDraft',
  'retireVersion',
  'putCalendar',
  'reserveCaseNumbers',
  'createCase',
  'transitionCase',
  'updateCaseDeadlines',
  'appendAudit',
  'putFacts',
]);

/**
 * The embedded store on better-sqlite3: WAL, foreign keys, numbered migrations, statements prepared
 * once, writes group-committed. Every batch of writes is one `BEGIN IMMEDIATE` transaction, so the
 * audit chain's head is read and extended under the write lock: linear within this process
 * (better-sqlite3 is synchronous, a batch never yields) and across processes sharing the file.
 * Stored files are content-addressed files in `filesDir`, listed in the database (sqlite-files.ts).
 *
 * Several processes (cluster workers, `WORKERS`) may open the same file, each with its own store:
 * the adapter's caches hold prepared statements (SQL text), never rows, so every read sees what any
 * process has committed; sessions, login attempts, idempotency keys and case-number blocks are rows,
 * checked and written inside the write lock; each process fsyncs the shared log for its own commits.
 */
export function createSqliteStore({
  file,
  durability = 'full',
  busyTimeoutMs = 5000,
  filesDir,
  onBackgroundError,
  reserveLog: reserve = false,
}: CreateSqliteStoreArgs): Store {
  let db: ReturnType<typeof openSqliteDatabase>;
  let wal: WalSync | null = null;
  try {
    db = openSqliteDatabase({ file, busyTimeoutMs });
  } catch (error) {
    throw translateSqliteError(error);
  }
  if (durability === 'full' && file !== ':memory:') {
    try {
      wal = openWalSync(file);
    } catch (error) {
      db.close();
      throw new StorageError('The database log could not be opened.', { cause: error });
    }
    if (reserve) {
      try {
        reserveLog(db, wal);
      } catch (error) {
        const mib = logReserveBytes(db) / 2 ** 20;
        wal.close();
        db.close();
        // Told to whoever starts the server: the disk's or the lock's own words.
        const reason = error instanceof Error ? error.message : String(error);
        throw new StorageError(`The database log could not be given its ${mib} MiB: ${reason}`, {
          cause: error,
        });
      }
    }
  }
  const throwaway = filesDir === undefined && file === ':memory:';
  const dir =
    filesDir ?? (throwaway ? mkdtempSync(join(tmpdir(), 'onewindow-files-')) : join(dirname(file), 'files'));
  const writer = sqliteAuditWriter(db);
  const search = sqliteSearchIndex(db);
  const ping = db.prepare('SELECT 1').pluck();
  const batcher = createWriteBatcher(db, translateSqliteError, wal, {
    timeoutMs: busyTimeoutMs,
    retryMs: 1,
    connectionBusyTimeoutMs: busyTimeoutMs,
  });
  let files: ReturnType<typeof sqliteFiles>;
  try {
    files = sqliteFiles({ db, dir, batcher });
  } catch (error) {
    wal?.close();
    db.close();
    if (throwaway) rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  // The log is copied into the database file from a thread of its own, off the event loop.
  let checkpoint: BackgroundCheckpoint | null = null;
  if (file !== ':memory:') {
    checkpoint = startBackgroundCheckpoint(file, onBackgroundError);
    db.pragma(`wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  }
  const sync: SyncStore = {
    ...sqliteAccounts(db),
    ...sqliteDefinitions(db, writer),
    ...sqliteCases(db, writer, search),
    ...sqliteInbox(db),
    ...sqliteDeadlines(db, writer),
    ...sqliteAudit(db, writer),
    ping() {
      if (ping.get() !== 1) throw new StorageError('The database did not answer.', { status: 503 });
    },
    close() {
      if (!db.open) return;
      db.pragma('optimize');
      wal?.close();
      db.close();
      if (throwaway) rmSync(dir, { recursive: true, force: true });
    },
  };
  // The port is async so that both adapters share it; here each operation runs synchronously
  // (writes in the next batch) and any error is translated before it leaves the adapter.
  const store: Record<string, unknown> = { engine: 'sqlite', ...files };
  for (const [name, operation] of Object.entries(sync) as [
    keyof SyncStore,
    (...args: unknown[]) => unknown,
  ][]) {
    store[name] = WRITES.has(name)
      ? (...args: unknown[]) => batcher.enqueue(() => operation(...args))
      : async (...args: unknown[]) => {
          try {
            return operation(...args);
          } catch (error) {
            throw translateSqliteError(error);
          }
        };
  }
  // The store that writes indexes new cases for text search in bulk, shortly after they arrive.
  const indexer = searchIndexer(search, batcher);
  // Closing runs the writes still queued, indexes the cases not yet indexed, and waits until every
  // answered write is on disk.
  store.close = async () => {
    await indexer.stop();
    await batcher.drain();
    // Its connection closed first, the store's is the last: closing checkpoints and removes the log.
    await checkpoint?.stop();
    sync.close();
  };
  return store as unknown as Store;
}

/**
 * How long the log grows under steady writes: past {@link FALLBACK_AUTOCHECKPOINT_PAGES} frames the
 * store's own checkpoint copies it and the log restarts, but with two workers reading it all the
 * time a restart often has to wait, and the log goes on growing meanwhile (67–74 MB after a 10 s
 * receipt load, against 66 MB at the fallback size). So twice that many frames (a page and its
 * 24-byte header each, after the 32-byte file header), in whole MiB: 126 MiB with 4 KiB pages.
 */
export function logReserveBytes(db: Db): number {
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const bytes = 32 + 2 * FALLBACK_AUTOCHECKPOINT_PAGES * (pageSize + 24);
  return Math.ceil(bytes / 2 ** 20) * 2 ** 20;
}

/**
 * Gives the log, once, the length it grows to anyway ({@link logReserveBytes}). While the log file
 * grows, each commit makes it longer, and the fdatasync that makes a batch durable then also
 * journals the file's new size (an ext4 journal commit, which the two workers' fsyncs queue behind);
 * once the log has restarted, its frames overwrite blocks the file already has, and the fsync writes
 * data only (0.19 against 0.38 ms for a lone 40 KB fdatasync here). A server reaches that state
 * once its log has grown to its longest (past 63 MiB, see {@link logReserveBytes}); writing the
 * zeros at open puts it there from its first receipt.
 * Receipts with 2 workers (the server bench): 11 runs, 860–1,417/s, median 1,058/s at p99 27 ms;
 * without the reservation, 5 runs, 871–1,085/s, median 943/s; with 63 MiB (the fallback size, which
 * the log outgrew in some runs), 6 runs, 875–1,096/s.
 *
 * Under the write lock (waiting for it up to the busy timeout, blocking: this is the store's open),
 * so no connection of any process appends frames past the end while the zeros are written there.
 * SQLite reads the log only up to its last valid frame (each frame carries the log's salt and a
 * running checksum, which zeros fail), as it already does past the end of a restarted log. SQLite
 * removes the file when its last connection closes; the next open reserves it again.
 */
function reserveLog(db: Db, wal: WalSync): void {
  const bytes = logReserveBytes(db);
  // Long enough already (another worker reserved it): no lock, nothing written.
  if (wal.length() >= bytes) return;
  db.exec('BEGIN IMMEDIATE');
  try {
    wal.reserve(bytes);
  } finally {
    db.exec('COMMIT');
  }
}

/** How often the writing store looks for cases to index (sqlite-search-index.ts). */
const SEARCH_INDEX_EVERY_MS = 100;

/**
 * Runs an indexing step through the group commit whenever cases wait to be indexed (at most one step
 * at a time). A step that fails is tried again at the next tick; meanwhile search tests the cases
 * not yet indexed directly, so nothing is missed, only slower to find. `stop` indexes what is left.
 */
function searchIndexer(search: SearchIndex, batcher: WriteBatcher) {
  let step: Promise<unknown> | null = null;
  const tick = () => {
    if (step || !search.hasPending()) return;
    step = batcher
      .enqueue(() => search.indexPending(SEARCH_INDEX_STEP))
      .catch(() => 0)
      .finally(() => {
        step = null;
      });
  };
  const timer = setInterval(() => {
    try {
      tick();
    } catch {
      // A read that failed (the database busy or closing): the next tick tries again.
    }
  }, SEARCH_INDEX_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await step;
      try {
        while (search.hasPending()) {
          if ((await batcher.enqueue(() => search.indexPending(SEARCH_INDEX_STEP))) === 0) break;
        }
      } catch {
        // The store cannot write any more (a failed log sync): the next open indexes what is left.
      }
    },
  };
}
