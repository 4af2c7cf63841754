import { StorageError } from '../../errors/index.ts';
import type { Db } from './open-sqlite-database.ts';
import type { WalSync } from './wal-sync.ts';

interface Job {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

/** A job whose batch has committed: its answer, held until the log is on disk. */
interface Done {
  job: Job;
  ok: boolean;
  value: unknown;
}

export interface WriteBatcher {
  /** Runs `run` in the next batch; resolves once that batch has committed (and is on disk). */
  enqueue<T>(run: () => T): Promise<T>;
  /** Runs what is queued now and resolves once every answered write is on disk (before closing). */
  drain(): Promise<void>;
}

/**
 * Group commit. Writes that arrive while the event loop is busy are run together in ONE
 * `BEGIN IMMEDIATE … COMMIT` on the next tick, each inside its own savepoint: a write that fails is
 * rolled back alone and rejects alone; the others commit. The batch is one transaction, so the audit
 * chain stays linear (each write reads the head the write before it left) and an idempotency key
 * written earlier in the batch is seen by a later write with the same key.
 *
 * With `wal` (durability `full`) no promise settles before the log holding its batch is fsynced, so
 * an answered write is on disk. The fsync runs on the thread pool: while it does, the next batches
 * are run and committed (to the page cache), and the next fsync then covers all of them at once —
 * the log is append-only with chained checksums, so what a crash keeps of it is always a prefix of
 * the commits. A failed fsync may have dropped pages from the log, so after one the batcher refuses
 * every write (fail-stop) rather than answer writes whose earlier log may be gone. Without `wal`
 * (`:memory:`, durability `normal`) a promise settles right after its COMMIT.
 *
 * Reads are not batched: between a COMMIT and its fsync another request can read the batch's rows
 * (as with any database whose readers see committed data before the flush). Only a power cut in that
 * window loses them, and nobody was told they were stored.
 */
export function createWriteBatcher(
  db: Db,
  translate: (error: unknown) => unknown,
  wal: WalSync | null,
): WriteBatcher {
  let queue: Job[] = [];
  let scheduled = false;
  /** Committed, waiting for the next fsync. */
  let unsynced: Done[] = [];
  let syncing = false;
  let broken: StorageError | null = null;
  let drained: (() => void)[] = [];
  const inSavepoint = db.transaction((job: Job) => job.run());
  const runBatch = db.transaction((jobs: Job[]) =>
    jobs.map((job): Done => {
      try {
        return { job, ok: true, value: inSavepoint(job) };
      } catch (error) {
        return { job, ok: false, value: error };
      }
    }),
  );

  function answer(done: Done[]): void {
    for (const { job, ok, value } of done) {
      if (ok) job.resolve(value);
      else job.reject(translate(value));
    }
  }

  function flush(): void {
    scheduled = false;
    const jobs = queue;
    queue = [];
    if (jobs.length === 0) return;
    if (broken) {
      for (const job of jobs) job.reject(broken);
      return;
    }
    let done: Done[];
    try {
      done = runBatch.immediate(jobs);
    } catch (error) {
      // BEGIN or COMMIT failed: nothing of the batch is stored.
      const reason = translate(error);
      for (const job of jobs) job.reject(reason);
      return;
    }
    if (!wal) {
      answer(done);
      return;
    }
    unsynced.push(...done);
    if (!syncing) startSync(wal);
  }

  function startSync(log: WalSync): void {
    syncing = true;
    const batch = unsynced;
    unsynced = [];
    log.sync((error) => {
      syncing = false;
      if (error && !broken) {
        broken = new StorageError('The database could not write its log to disk.', {
          status: 503,
          cause: error,
        });
      }
      if (broken) {
        for (const { job } of [...batch, ...unsynced]) job.reject(broken);
        unsynced = [];
      } else {
        answer(batch);
      }
      if (unsynced.length > 0) startSync(log);
      else {
        for (const resolve of drained) resolve();
        drained = [];
      }
    });
  }

  return {
    enqueue<T>(run: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ run, resolve: resolve as (value: unknown) => void, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(flush);
        }
      });
    },
    drain(): Promise<void> {
      flush();
      if (!syncing) return Promise.resolve();
      return new Promise((resolve) => drained.push(resolve));
    },
  };
}
