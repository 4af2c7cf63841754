import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from './open-sqlite-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'onewindow-open-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** SQLite's temporary files open in this process (named etilqs_*, unlinked as soon as opened). */
function openTemporaryFiles(): number {
  let count = 0;
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      if (readlinkSync(`/proc/self/fd/${fd}`).includes('etilqs_')) count++;
    } catch {
      // closed meanwhile (the directory's own descriptor)
    }
  }
  return count;
}

describe('openSqliteDatabase', () => {
  it('keeps statement journals in memory: writes in a long transaction open no temporary file', () => {
    const db = openSqliteDatabase({ file: join(dir, 'journal.db'), busyTimeoutMs: 1000 });
    try {
      db.function('open_temporary_files', openTemporaryFiles);
      db.exec('CREATE TABLE t (k INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, body TEXT NOT NULL)');
      const insert = db.prepare('INSERT INTO t (k, name, body) VALUES (?, ?, ?)');
      db.transaction(() => {
        for (let k = 0; k < 2000; k++) insert.run(k, `n${k}`, 'x'.repeat(500));
      })();
      const seen = db.transaction(() => {
        // Each statement may fail its UNIQUE constraint after changing pages, so it writes the pages
        // it changes (hundreds here, far past the 64 KiB SQLite keeps in memory by default) to a
        // statement journal, which stays open until the transaction ends.
        db.prepare("UPDATE t SET name = name || '!', body = body || 'y'").run();
        db.prepare("UPDATE t SET body = body || 'z'").run();
        return db.prepare<[], number>('SELECT open_temporary_files()').pluck().get();
      })();
      expect(seen).toBe(0);
      expect(db.prepare('SELECT count(*) FROM t WHERE name LIKE ?').pluck().get('%!')).toBe(2000);
    } finally {
      db.close();
    }
  });
});
