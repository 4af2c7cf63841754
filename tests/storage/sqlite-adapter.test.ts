import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/src/audit/seal.ts';
import { ConflictError, StorageError } from '../../server/src/errors/index.ts';
import { createSqliteStore } from '../../server/src/storage/index.ts';
import { searchQuery, searchTokens } from '../../server/src/storage/sqlite/case-search.ts';
import { logReserveBytes } from '../../server/src/storage/sqlite/create-sqlite-store.ts';
import { MIGRATIONS } from '../../server/src/storage/sqlite/migrations.ts';
import { migrate } from '../../server/src/storage/sqlite/open-sqlite-database.ts';
import { pagePlan } from '../../server/src/storage/sqlite/sqlite-inbox.ts';
import { translateSqliteError } from '../../server/src/storage/sqlite/translate-sqlite-error.ts';
import { openWalSync } from '../../server/src/storage/sqlite/wal-sync.ts';
import { auditDraft, newCase, receiptEvent, serviceItem } from './fixtures.ts';

// What only the SQLite adapter has: a file, its pragmas and migrations, its triggers, its search.

const dir = mkdtempSync(join(tmpdir(), 'onewindow-sqlite-adapter-'));
let n = 0;
const freshFile = () => join(dir, `db-${++n}.sqlite`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A connection whose `count` rows are in the log only (no checkpoint); the caller closes it. */
function withLoggedRows(file: string, count: number): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  for (let i = 0; i < count; i++) insert.run(`row ${i} `.repeat(30));
  return db;
}

/** What a crash leaves of `file`: copies of the database file and its log as they are, without the index. */
function crashImage(file: string): string {
  const image = freshFile();
  copyFileSync(file, image);
  copyFileSync(`${file}-wal`, `${image}-wal`);
  return image;
}

describe('sqlite file', () => {
  it('keeps its data across reopening, and migrates the schema once', async () => {
    const file = freshFile();
    const first = createSqliteStore({ file });
    await first.createCase({
      idempotencyKey: 'k',
      case: newCase({ id: 'c1', caseNumber: '2026112900001' }),
      event: receiptEvent(),
      audit: [auditDraft('c1')],
    });
    await first.close();
    const again = createSqliteStore({ file });
    expect((await again.getCase({ id: 'c1' }))?.caseNumber).toBe('2026112900001');
    expect(verifyAuditChain(await again.listAudit({})).ok).toBe(true);
    await again.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT version FROM schema_version').all()).toEqual([
      { version: 1 },
      { version: 2 },
      { version: 3 },
    ]);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
  });

  it('copies its log into the database file from a thread of its own while open, and leaves no log when closed', async () => {
    const file = freshFile();
    const store = createSqliteStore({ file });
    const { size: before } = statSync(file);
    const cases = Array.from({ length: 300 }, (_, i) => {
      const id = `cp${i}`;
      return store.createCase({
        idempotencyKey: id,
        case: newCase({ id, caseNumber: `20261129${String(i + 1).padStart(5, '0')}` }),
        event: receiptEvent(),
        audit: [auditDraft(id)],
      });
    });
    await Promise.all(cases);
    // The store's own connection checkpoints only past FALLBACK_AUTOCHECKPOINT_PAGES: the file grows
    // because the background thread copied the log into it.
    const deadline = Date.now() + 10_000;
    while (statSync(file).size === before && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(statSync(file).size).toBeGreaterThan(before);
    const raw = new Database(file, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(300);
    raw.close();
    await store.close();
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('reserves its log at open by writing zeros after its end, never over the frames already there', async () => {
    const file = freshFile();
    const other = withLoggedRows(file, 300);
    const log = `${file}-wal`;
    const written = readFileSync(log);
    expect(written.length).toBeGreaterThan(100_000);
    const store = createSqliteStore({ file, reserveLog: true });
    const reserved = readFileSync(log);
    const bytes = logReserveBytes(other);
    // Twice 16,000 frames of a 4 KiB page and its 24-byte header, after the 32-byte header: 126 MiB.
    expect(bytes).toBe(126 * 2 ** 20);
    expect(reserved.length).toBe(bytes);
    expect(reserved.subarray(0, written.length).equals(written)).toBe(true);
    expect(reserved.subarray(bytes - 2 ** 20).every((b) => b === 0)).toBe(true);
    // What a crash would leave now: the other connection's rows and the store's schema, intact.
    const recovered = new Database(crashImage(file), { readonly: true });
    expect(recovered.prepare('SELECT count(*) FROM t').pluck().get()).toBe(300);
    expect(recovered.prepare('SELECT count(*) FROM cases').pluck().get()).toBe(0);
    expect(recovered.pragma('integrity_check', { simple: true })).toBe('ok');
    recovered.close();
    // Already long enough: another store leaves it as it is, and reads what the others wrote.
    const again = createSqliteStore({ file, reserveLog: true });
    expect(statSync(log).size).toBe(bytes);
    expect((await again.listInbox({})).total).toBe(0);
    expect(other.prepare('SELECT count(*) FROM t').pluck().get()).toBe(300);
    other.close();
    await Promise.all([store.close(), again.close()]);
    expect(existsSync(log)).toBe(false);
  });

  it('reads a reserved log after a crash up to its last frame, and no further', () => {
    const file = freshFile();
    const db = withLoggedRows(file, 200);
    const wal = openWalSync(file);
    expect(wal.reserve(8 * 2 ** 20)).toBe(true);
    expect(wal.reserve(8 * 2 ** 20)).toBe(false);
    wal.close();
    const image = crashImage(file);
    db.close();
    const recovered = new Database(image);
    expect(recovered.prepare('SELECT count(*) FROM t').pluck().get()).toBe(200);
    expect(recovered.pragma('integrity_check', { simple: true })).toBe('ok');
    recovered.prepare('INSERT INTO t (v) VALUES (?)').run('after');
    expect(recovered.prepare('SELECT count(*) FROM t').pluck().get()).toBe(201);
    recovered.close();
  });

  it('lets verify name an audit record edited directly in the database file', async () => {
    const file = freshFile();
    const store = createSqliteStore({ file });
    for (let i = 1; i <= 5; i++) await store.appendAudit({ record: auditDraft(`case-${i}`) });
    await store.close();

    // Someone with the file: the append-only trigger stops an UPDATE, so they drop it first.
    const raw = new Database(file);
    expect(() => raw.prepare(`UPDATE audit SET actor = 'x' WHERE seq = 3`).run()).toThrow(/append-only/);
    raw.exec('DROP TRIGGER audit_no_update');
    raw.prepare(`UPDATE audit SET payload = '{"outcome":"reject"}' WHERE seq = 3`).run();
    raw.close();

    const reopened = createSqliteStore({ file });
    expect(verifyAuditChain(await reopened.listAudit({}))).toEqual({
      ok: false,
      checked: 2,
      firstBrokenSeq: 3,
      reason: 'hash',
    });
    await reopened.close();
  });

  it('refuses, at the database itself, to change a published version', async () => {
    const file = freshFile();
    const store = createSqliteStore({ file });
    await store.saveDraft({
      code: 'P',
      definition: serviceItem('P'),
      expectedRevision: null,
      actor: 'a',
      at: '2026-11-29T00:00:00Z',
    });
    await store.publishDraft({ code: 'P', expectedRevision: 1, actor: 'a', at: '2026-11-29T00:00:00Z' });
    await store.close();
    const raw = new Database(file);
    expect(() => raw.prepare(`UPDATE versions SET definition = '{}' WHERE code = 'P'`).run()).toThrow(
      /immutable/,
    );
    expect(() => raw.prepare(`DELETE FROM versions`).run()).toThrow(/immutable/);
    raw.close();
  });
});

describe('sqlite file store', () => {
  const pdf = Buffer.from('%PDF-1.4\n% a scan\n%%EOF\n');
  const sha = createHash('sha256').update(pdf).digest('hex');

  it('keeps each file at files/ab/cd/<sha256> beside the database, written whole, with no temp file left', async () => {
    const home = mkdtempSync(join(dir, 'home-'));
    const store = createSqliteStore({ file: join(home, 'onewindow.db') });
    await store.putFile({ bytes: pdf, contentType: 'application/pdf', at: '2026-11-29T01:00:00Z' });
    await store.close();
    const path = join(home, 'files', sha.slice(0, 2), sha.slice(2, 4), sha);
    expect(readFileSync(path).equals(pdf)).toBe(true);
    expect(readdirSync(join(home, 'files', 'tmp'))).toEqual([]);
    const raw = new Database(join(home, 'onewindow.db'), { readonly: true });
    expect(raw.prepare('SELECT sha256, size, content_type FROM files').all()).toEqual([
      { sha256: sha, size: pdf.length, content_type: 'application/pdf' },
    ]);
    raw.close();
  });

  it('refuses to serve a file whose bytes were changed or removed on disk', async () => {
    const filesDir = mkdtempSync(join(dir, 'files-'));
    const store = createSqliteStore({ file: freshFile(), filesDir });
    await store.putFile({ bytes: pdf, contentType: 'application/pdf', at: '2026-11-29T01:00:00Z' });
    const path = join(filesDir, sha.slice(0, 2), sha.slice(2, 4), sha);
    writeFileSync(path, Buffer.from('%PDF-1.4\n% swapped\n'));
    await expect(store.getFile({ sha256: sha })).rejects.toMatchObject({
      status: 500,
      code: 'STORAGE_FAILURE',
    });
    rmSync(path);
    await expect(store.getFile({ sha256: sha })).rejects.toBeInstanceOf(StorageError);
    // The entry is still there: the same bytes uploaded again do not restore it by themselves.
    expect((await store.getFileInfo({ sha256: sha }))?.size).toBe(pdf.length);
    await store.close();
  });

  it('sweeps temp files a crash left behind, and leaves recent ones being written', async () => {
    const filesDir = mkdtempSync(join(dir, 'files-'));
    mkdirSync(join(filesDir, 'tmp'));
    const stale = join(filesDir, 'tmp', 'old.part');
    const fresh = join(filesDir, 'tmp', 'new.part');
    writeFileSync(stale, 'half');
    writeFileSync(fresh, 'half');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    utimesSync(stale, twoHoursAgo, twoHoursAgo);
    const store = createSqliteStore({ file: freshFile(), filesDir });
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(fresh)).toBe(true);
    await store.close();
  });
});

describe('sqlite errors', () => {
  it('translates a unique violation into a conflict on the field, and never shows SQL', () => {
    const SqliteError = Database.SqliteError;
    const unique = translateSqliteError(
      new SqliteError('UNIQUE constraint failed: accounts.username', 'SQLITE_CONSTRAINT_UNIQUE'),
    );
    expect(unique).toBeInstanceOf(ConflictError);
    expect(unique.extensions).toEqual({ field: 'username' });
    const busy = translateSqliteError(new SqliteError('database is locked', 'SQLITE_BUSY'));
    expect(busy).toMatchObject({ status: 503 });
    const other = translateSqliteError(new SqliteError('near "SELEC": syntax error', 'SQLITE_ERROR'));
    expect(other).toBeInstanceOf(StorageError);
    expect(other.detail).toBe('The database failed.');
  });
});

describe('sqlite text search', () => {
  const indexedThrough = (file: string) => {
    const raw = new Database(file, { readonly: true });
    try {
      return raw.prepare('SELECT indexed_through FROM case_search_progress').pluck().get();
    } finally {
      raw.close();
    }
  };
  const found = async (store: ReturnType<typeof createSqliteStore>, text: string) =>
    (await store.listInbox({ text })).items.map((c) => c.caseNumber);

  it('finds a case the moment it is filed, before the bulk index has it, and the same after', async () => {
    const file = freshFile();
    const store = createSqliteStore({ file });
    await store.createCase({
      idempotencyKey: 'k1',
      case: newCase({ id: 'c1', caseNumber: '2026112900001', applicantName: '王小明' }),
      event: receiptEvent(),
      audit: [auditDraft('c1')],
    });
    await store.createCase({
      idempotencyKey: 'k2',
      case: newCase({ id: 'c2', caseNumber: '2026112900002', applicantName: 'Ann Smith' }),
      event: receiptEvent(),
      audit: [auditDraft('c2')],
    });
    // Read right after the writes resolved: the indexer (every 100 ms) has not run yet.
    expect(indexedThrough(file)).toBe(0);
    const before = {
      name: await found(store, '小明'),
      number: await found(store, '00002'),
      both: await found(store, 'smith 2026'),
      none: await found(store, '小明 smith'),
      total: (await store.listInbox({ text: '2026' })).total,
    };
    expect(before).toEqual({
      name: ['2026112900001'],
      number: ['2026112900002'],
      both: ['2026112900002'],
      none: [],
      total: 2,
    });
    // Closing indexes what is left; reopened, the same searches read the index only.
    await store.close();
    expect(indexedThrough(file)).toBe(2);
    const again = createSqliteStore({ file });
    expect({
      name: await found(again, '小明'),
      number: await found(again, '00002'),
      both: await found(again, 'smith 2026'),
      none: await found(again, '小明 smith'),
      total: (await again.listInbox({ text: '2026' })).total,
    }).toEqual(before);
    await again.close();
  });

  it('indexes new cases shortly after they are filed, without a close', async () => {
    const file = freshFile();
    const store = createSqliteStore({ file });
    await store.createCase({
      idempotencyKey: 'k1',
      case: newCase({ id: 'c1', caseNumber: '2026112900001' }),
      event: receiptEvent(),
      audit: [auditDraft('c1')],
    });
    const until = Date.now() + 5000;
    while (indexedThrough(file) !== 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(indexedThrough(file)).toBe(1);
    await store.close();
  });

  it('searches a renamed case by its new name only, whether the rename came before or after indexing', async () => {
    const file = freshFile();
    const store = createSqliteStore({ file });
    const rename = async (on: typeof store, id: string, applicantName: string) =>
      on.transitionCase({
        caseId: id,
        expectedRevision: (await on.getCase({ id }))!.revision,
        patch: { applicantName },
        event: { type: 'correct', at: '2026-11-30T02:00:00Z', actor: 'clerk2' },
        audit: [auditDraft(id, { kind: 'transition', payload: { action: 'correct' } })],
      });
    for (const [id, number] of [
      ['c1', '2026112900001'],
      ['c2', '2026112900002'],
    ]) {
      await store.createCase({
        idempotencyKey: id,
        case: newCase({ id, caseNumber: number, applicantName: '张三' }),
        event: receiptEvent(),
        audit: [auditDraft(id)],
      });
    }
    await rename(store, 'c1', '李四'); // not indexed yet
    await store.close(); // indexes both, c1 under its new name
    const again = createSqliteStore({ file });
    await rename(again, 'c2', '王五'); // indexed already: its index entry is replaced
    expect({
      old: await found(again, '张三'),
      li: await found(again, '李四'),
      wang: await found(again, '王五'),
    }).toEqual({
      old: [],
      li: ['2026112900001'],
      wang: ['2026112900002'],
    });
    await again.close();
  });

  it('counts the cases of a database from before bulk indexing as indexed', async () => {
    const file = freshFile();
    const old = new Database(file);
    migrate(old, MIGRATIONS.slice(0, 2));
    old.close();
    const store = createSqliteStore({ file });
    expect(indexedThrough(file)).toBe(0);
    await store.close();
    const raw = new Database(file);
    raw.prepare('DELETE FROM schema_version WHERE version = 3').run();
    raw.exec('DROP TABLE case_search_progress');
    raw
      .prepare(
        `INSERT INTO cases (row, id, case_number, idempotency_key, query_code_hash, item_code, item_version, definition_hash, item_name, status, form_data, materials, applicant_name, outcome, check_summary, received_at, due_provisional, pauses, extensions, created_by, updated_at, revision)
       VALUES (7, 'c7', '2026112900007', 'k7', 'q', 'A', 1, 'h', 'n', 'received', '{}', '[]', '赵六', 'accept', '{}', '2026-11-29T01:00:00.000Z', 0, '[]', '[]', 'clerk', '2026-11-29T01:00:00.000Z', 1)`,
      )
      .run();
    raw
      .prepare(`INSERT INTO case_search (rowid, tokens) VALUES (7, ?)`)
      .run(searchTokens('2026112900007', '赵六'));
    raw.close();
    const migrated = createSqliteStore({ file });
    expect(indexedThrough(file)).toBe(7);
    expect(await found(migrated, '赵六')).toEqual(['2026112900007']);
    await migrated.close();
  });

  it('indexes every suffix of the number and of each name word, and queries prefixes of them', () => {
    expect(searchTokens('20261129001', '王小明').split(' ')).toEqual(
      expect.arrayContaining(['20261129001', '1129001', '001', '王小明', '小明', '明']),
    );
    expect(searchTokens('1', 'Ann Smith')).toBe('1 ann nn n smith mith ith th h');
    expect(searchQuery(' 小明 ')).toBe('"小明"*');
    expect(searchQuery('Ann "S')).toBe('"ann"* AND "s"*');
    expect(searchQuery('%_')).toBeNull();
  });

  it('plans each page by the index entries it reads: in order when dense, by a filter index when few', () => {
    const plan = (total: number, offset: number, more: Partial<Parameters<typeof pagePlan>[0]> = {}) =>
      pagePlan({ total, rows: 100_000, offset, limit: 20, orderedRanges: 0, byDue: false, ...more });
    expect(plan(50_000, 0)).toBe('scan');
    expect(plan(500, 0)).toBe('sort');
    // Deep in a dense filter, reading the order index beats sorting 50,000 matches.
    expect(plan(50_000, 40_000)).toBe('scan');
    // One status or item: its own index is in page order.
    expect(plan(15_000, 40, { orderedRanges: 1 })).toBe('ordered');
    // Two statuses due before today (the red light): each status's range in order, merged.
    expect(plan(23_000, 20, { orderedRanges: 2, byDue: true })).toBe('ordered');
    // Due filters alone: matches come last in page order, so a scan counts as reading all of it.
    expect(plan(5_000, 20, { byDue: true })).toBe('sort');
    expect(plan(90_000, 20, { byDue: true })).toBe('scan');
    // Merging three statuses 40,000 deep would sort 120,000 entries.
    expect(plan(70_000, 40_000, { orderedRanges: 3 })).toBe('scan');
    // The last pages of a filter are read from the other end of the order index.
    expect(plan(1_000, 20)).toBe('sort');
    expect(plan(1_000, 990)).toBe('scan');
  });
});
