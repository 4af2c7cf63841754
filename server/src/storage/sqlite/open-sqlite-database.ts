import Database from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.ts';

export type Db = Database.Database;

export interface OpenSqliteDatabaseArgs {
  file: string;
  busyTimeoutMs: number;
}

/** Opens the file with the pragmas this adapter relies on and brings its schema up to date. */
export function openSqliteDatabase({ file, busyTimeoutMs }: OpenSqliteDatabaseArgs): Db {
  const db = new Database(file, { timeout: busyTimeoutMs });
  try {
    // WAL: readers never block the writer, and a commit is one append to the log.
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    // Consistent after a crash at any point in WAL mode. The fsync per commit that makes a commit
    // durable is the store's (durability `full`, wal-sync.ts), done off the event loop, not in COMMIT.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // 64 MiB of page cache: the inbox indexes of 100,000 cases stay in memory.
    db.pragma('cache_size = -65536');
    // Statement journals in memory. Every INSERT that can fail a constraint, run inside a batch's
    // transaction, copies each page it changes into a statement journal so that it alone can be undone;
    // past 64 KiB SQLite spills that journal to a temporary file, opened, written and closed per
    // transaction. A receipt changes dozens of pages: measured here, the spill cost 13–18 % of a
    // receipt's CPU. Sorts and temporary tables stay in memory too.
    db.pragma('temp_store = MEMORY');
    migrate(db, MIGRATIONS);
    // Keeps the planner's statistics current (SQLite's advice for long-lived connections), sampling
    // at most 1000 rows per index so that opening a large file stays quick.
    db.pragma('analysis_limit = 1000');
    db.pragma('optimize = 0x10002');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Applies the missing steps in order, each with its `schema_version` row in one transaction. */
export function migrate(db: Db, migrations: readonly Migration[]): number {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const current = db.prepare<[], number | null>('SELECT max(version) FROM schema_version').pluck().get() ?? 0;
  const record = db.prepare<[number, string, string]>(
    'INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)',
  );
  let version = current;
  for (const step of [...migrations].sort((a, b) => a.version - b.version)) {
    if (step.version <= current) continue;
    // Immediate: two processes opening a new file at once must not both run a step.
    db.transaction(() => {
      const again = db
        .prepare<[number], number>('SELECT 1 FROM schema_version WHERE version = ?')
        .pluck()
        .get(step.version);
      if (again) return;
      db.exec(step.sql);
      record.run(step.version, step.name, new Date().toISOString());
    }).immediate();
    version = step.version;
  }
  return version;
}
