import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { StorageError } from '../../errors/index.ts';
import { translateSqliteError } from './translate-sqlite-error.ts';
import type { WalSync } from './wal-sync.ts';
import { createWriteBatcher } from './write-batcher.ts';

/** A log sync that finishes only when the test says so. */
function heldSync() {
  const pending: ((error: Error | null) => void)[] = [];
  const wal: WalSync = {
    sync: (done) => pending.push(done),
    syncNow: () => {},
    length: () => 0,
    reserve: () => false,
    close: () => {},
  };
  return {
    wal,
    pending,
    /** Finishes the oldest sync in flight. */
    finish(error: Error | null = null) {
      const done = pending.shift();
      if (!done) throw new Error('no sync in flight');
      done(error);
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

/** Which of the promises have settled so far, as 'ok' / 'failed' / 'pending'. */
function watch(promises: Promise<unknown>[]) {
  const states: string[] = promises.map(() => 'pending');
  for (const [i, p] of promises.entries()) {
    p.then(
      () => {
        states[i] = 'ok';
      },
      () => {
        states[i] = 'failed';
      },
    );
  }
  return states;
}

let db: Database.Database;
afterEach(() => db?.close());

function openDb() {
  db = new Database(':memory:');
  db.exec('CREATE TABLE t (v TEXT PRIMARY KEY)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const rows = () => db.prepare('SELECT v FROM t ORDER BY v').pluck().all();
  return { insert: (v: string) => () => insert.run(v).changes, rows };
}

describe('write batcher', () => {
  it('commits a batch with one failing write, answering each write only after its fsync', async () => {
    const { insert, rows } = openDb();
    const log = heldSync();
    const batcher = createWriteBatcher(db, (e) => e, log.wal);
    const writes = [batcher.enqueue(insert('a')), batcher.enqueue(insert('a')), batcher.enqueue(insert('b'))];
    const states = watch(writes);
    await tick();
    expect(rows()).toEqual(['a', 'b']);
    expect(log.pending).toHaveLength(1);
    expect(states).toEqual(['pending', 'pending', 'pending']);
    log.finish();
    await tick();
    expect(states).toEqual(['ok', 'failed', 'ok']);
  });

  it('rolls back alone a write that failed after writing, alone in its batch or among others', async () => {
    const { insert, rows } = openDb();
    const batcher = createWriteBatcher(db, (e) => e, null);
    const writeThenFail = (v: string) => () => {
      insert(v)();
      throw new Error(`refused ${v}`);
    };
    const batch = [
      batcher.enqueue(insert('a')),
      batcher.enqueue(writeThenFail('b')),
      batcher.enqueue(insert('c')),
      batcher.enqueue(writeThenFail('d')),
      batcher.enqueue(insert('e')),
    ];
    const settled = await Promise.allSettled(batch);
    expect(settled.map((s) => s.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((settled[3] as PromiseRejectedResult).reason).toEqual(new Error('refused d'));
    expect(rows()).toEqual(['a', 'c', 'e']);
    await expect(batcher.enqueue(writeThenFail('f'))).rejects.toThrow('refused f');
    expect(rows()).toEqual(['a', 'c', 'e']);
    expect(db.inTransaction).toBe(false);
  });

  it('fails alone a write after which SQLite rolled back the whole transaction, and stores the others', async () => {
    const { insert, rows } = openDb();
    const log = heldSync();
    const batcher = createWriteBatcher(db, (e) => e, log.wal);
    // What SQLITE_FULL or SQLITE_IOERR may do: the statement fails and SQLite ends the transaction.
    const loseTransaction = (v: string) => () => {
      insert(v)();
      db.exec('ROLLBACK');
      throw new Error(`disk full at ${v}`);
    };
    const writes = [
      batcher.enqueue(insert('a')),
      batcher.enqueue(loseTransaction('b')),
      batcher.enqueue(insert('c')),
      batcher.enqueue(insert('d')),
    ];
    const states = watch(writes);
    await tick();
    await tick();
    // Nothing of the first batch survived; the others ran again, in one transaction, and wait for the fsync.
    expect(rows()).toEqual(['a', 'c', 'd']);
    expect(db.inTransaction).toBe(false);
    expect(states).toEqual(['pending', 'failed', 'pending', 'pending']);
    log.finish();
    await tick();
    expect(states).toEqual(['ok', 'failed', 'ok', 'ok']);
    await expect(writes[1]).rejects.toThrow('disk full at b');
  });

  it('commits the next batches while an fsync runs, and answers them after the next one', async () => {
    const { insert, rows } = openDb();
    const log = heldSync();
    const batcher = createWriteBatcher(db, (e) => e, log.wal);
    const first = watch([batcher.enqueue(insert('a'))]);
    await tick();
    const later = watch([batcher.enqueue(insert('b'))]);
    await tick();
    const last = watch([batcher.enqueue(insert('c'))]);
    await tick();
    // Committed, not yet answered, and only one fsync in flight.
    expect(rows()).toEqual(['a', 'b', 'c']);
    expect(log.pending).toHaveLength(1);
    log.finish();
    await tick();
    expect([first, later, last]).toEqual([['ok'], ['pending'], ['pending']]);
    expect(log.pending).toHaveLength(1);
    log.finish();
    await tick();
    expect([later, last]).toEqual([['ok'], ['ok']]);
  });

  it('refuses every write once an fsync has failed', async () => {
    const { insert } = openDb();
    const log = heldSync();
    const batcher = createWriteBatcher(db, (e) => e, log.wal);
    const first = batcher.enqueue(insert('a'));
    await tick();
    const second = batcher.enqueue(insert('b'));
    await tick();
    log.finish(new Error('EIO'));
    await expect(first).rejects.toMatchObject({ status: 503 });
    await expect(second).rejects.toBeInstanceOf(StorageError);
    await expect(batcher.enqueue(insert('c'))).rejects.toMatchObject({ status: 503 });
  });

  it('drains: runs what is queued and waits for the fsync in flight', async () => {
    const { insert, rows } = openDb();
    const log = heldSync();
    const batcher = createWriteBatcher(db, (e) => e, log.wal);
    const write = watch([batcher.enqueue(insert('a'))]);
    let drained = false;
    const draining = batcher.drain().then(() => {
      drained = true;
    });
    expect(rows()).toEqual(['a']);
    await tick();
    expect(drained).toBe(false);
    log.finish();
    await draining;
    expect(write).toEqual(['ok']);
  });

  it('without a log to sync, answers right after the commit', async () => {
    const { insert } = openDb();
    const batcher = createWriteBatcher(db, (e) => e, null);
    await expect(Promise.all([batcher.enqueue(insert('a')), batcher.enqueue(insert('b'))])).resolves.toEqual([
      1, 1,
    ]);
    await expect(batcher.drain()).resolves.toBeUndefined();
  });
});

describe('write batcher, when another process holds the write lock', () => {
  let dir: string;
  let other: Database.Database;
  afterEach(() => {
    other?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** This connection and another one on the same file (as a second worker process has). */
  function openShared() {
    dir = mkdtempSync(join(tmpdir(), 'onewindow-batcher-'));
    const file = join(dir, 'shared.db');
    db = new Database(file, { timeout: 5000 });
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE t (n INTEGER PRIMARY KEY, v TEXT NOT NULL)');
    other = new Database(file, { timeout: 5000 });
    const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
    const rows = () => db.prepare('SELECT v FROM t ORDER BY n').pluck().all();
    return { insert: (v: string) => () => insert.run(v).changes, rows };
  }

  it('keeps the writes queued without blocking the event loop, then commits them in order, newcomers included', async () => {
    const { insert, rows } = openShared();
    const batcher = createWriteBatcher(db, translateSqliteError, null, {
      timeoutMs: 60_000,
      retryMs: 1,
      connectionBusyTimeoutMs: 5000,
    });
    other.exec('BEGIN IMMEDIATE');
    const first = watch([batcher.enqueue(insert('a')), batcher.enqueue(insert('b'))]);
    // Several turns of the loop pass (a blocking busy handler would have held this one for 5 s).
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 2));
    const later = watch([batcher.enqueue(insert('c'))]);
    await tick();
    expect([...first, ...later]).toEqual(['pending', 'pending', 'pending']);
    expect(rows()).toEqual([]);
    // Between tries the connection's reads wait as long as they always do.
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    // Inside the batch, the lock is tried without waiting.
    const inside = batcher.enqueue(() => db.pragma('busy_timeout', { simple: true }));
    other.exec('COMMIT');
    await batcher.drain();
    expect(rows()).toEqual(['a', 'b', 'c']);
    expect([...first, ...later]).toEqual(['ok', 'ok', 'ok']);
    expect(await inside).toBe(0);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('fails a write that waited longer than the lock timeout with a 503, and serves the next once the lock is free', async () => {
    const { insert, rows } = openShared();
    const batcher = createWriteBatcher(db, translateSqliteError, null, {
      timeoutMs: 20,
      retryMs: 1,
      connectionBusyTimeoutMs: 5000,
    });
    other.exec('BEGIN IMMEDIATE');
    await expect(batcher.enqueue(insert('a'))).rejects.toMatchObject({ status: 503 });
    other.exec('COMMIT');
    await expect(batcher.enqueue(insert('b'))).resolves.toBe(1);
    expect(rows()).toEqual(['b']);
  });

  it('drains: waits for the lock for what is queued', async () => {
    const { insert, rows } = openShared();
    const batcher = createWriteBatcher(db, translateSqliteError, null);
    other.exec('BEGIN IMMEDIATE');
    const write = watch([batcher.enqueue(insert('a'))]);
    let drained = false;
    const draining = batcher.drain().then(() => {
      drained = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(drained).toBe(false);
    other.exec('COMMIT');
    await draining;
    expect(write).toEqual(['ok']);
    expect(rows()).toEqual(['a']);
  });
});
