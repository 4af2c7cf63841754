import type { Db } from './open-sqlite-database.ts';

/**
 * A write operation of the store, run as one job of the write batcher (write-batcher.ts), inside the
 * batch's `BEGIN IMMEDIATE` transaction, which the batcher alone opens. The job is atomic without a
 * transaction of its own: a job that throws rolls back the whole batch, which then runs again with a
 * savepoint per job, so a failed write leaves nothing and the others commit. A savepoint of its own
 * would make SQLite copy every page the job changes into a sub-journal, in case it rolls back alone:
 * 5–9 % of a receipt's CPU here, for a rollback the batcher already provides.
 *
 * Called with no transaction open (not through the batcher) it throws before writing anything.
 */
export function inBatch<A extends unknown[], R>(db: Db, body: (...args: A) => R): (...args: A) => R {
  return (...args: A): R => {
    if (!db.inTransaction) throw new Error('A store write runs only inside the write batch’s transaction.');
    return body(...args);
  };
}
