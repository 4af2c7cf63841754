import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { inBatch } from './in-batch.ts';

describe('inBatch', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE t (v INTEGER NOT NULL)');
  const insert = db.prepare('INSERT INTO t (v) VALUES (?)');
  const count = () => db.prepare('SELECT count(*) FROM t').pluck().get();
  afterEach(() => db.exec('DELETE FROM t'));

  it('runs a write inside an open transaction, without a savepoint of its own', () => {
    const write = inBatch(db, (v: number) => {
      insert.run(v);
      return v * 2;
    });
    const batch = db.transaction(() => [write(1), write(2)]);
    expect(batch.immediate()).toEqual([2, 4]);
    expect(count()).toBe(2);
  });

  it('leaves the rollback of a failed write to the transaction around it', () => {
    const write = inBatch(db, (v: number | null) => {
      insert.run(1);
      insert.run(v);
    });
    // Without a savepoint of its own, the write's first row stays until the transaction rolls back.
    const batch = db.transaction(() => {
      try {
        write(null);
      } catch {
        return count();
      }
    });
    expect(batch.immediate()).toBe(1);
    expect(count()).toBe(1);
    db.exec('DELETE FROM t');
    expect(() => db.transaction(() => write(null)).immediate()).toThrow(/NOT NULL/);
    expect(count()).toBe(0);
  });

  it('refuses to run with no transaction open, before writing anything', () => {
    const write = inBatch(db, (v: number) => insert.run(v));
    expect(() => write(1)).toThrow(/only inside the write batch/);
    expect(count()).toBe(0);
  });
});
