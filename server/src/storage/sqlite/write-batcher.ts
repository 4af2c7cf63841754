import { StorageError } from '../../errors/index.ts';
import type { Db } from './open-sqlite-database.ts';
import type { WalSync } from './wal-sync.ts';

interface Job {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  /** When it was queued (performance.now()), for the lock deadline. */
  since: number;
}

/** A job whose batch has committed: its answer, held until the log is on disk. */
interface Done {
  job: Job;
  ok: boolean;
  value: unknown;
}

/**
 * A job failed in a way that made SQLite roll back the whole transaction (SQLITE_FULL, SQLITE_IOERR,
 * SQLITE_NOMEM may): the jobs before it in the batch are undone too, and the jobs after it would
 * run outside any transaction. The batch stops there; this job fails, the others run again.
 */
class TransactionLost extends Error {
  constructor(
    readonly job: Job,
    override readonly cause: unknown,
  ) {
    super('the transaction was rolled back by SQLite', { cause });
  }
}

/** How the batcher waits for the write lock when another process holds it. */
export interface LockWait {
  /** A write still waiting for the lock this long after it was queued fails with a 503. */
  timeoutMs: number;
  /** The pause between two attempts at the lock; the event loop serves requests meanwhile. */
  retryMs: number;
  /** The connection's own busy timeout (for reads), restored after each attempt. */
  connectionBusyTimeoutMs: number;
}

/** 5 s to get the lock, tried every millisecond; the connection waits 5 s for reads. */
export const DEFAULT_LOCK_WAIT: LockWait = { timeoutMs: 5000, retryMs: 1, connectionBusyTimeoutMs: 5000 };

export interface WriteBatcher {
  /** Runs `run` in the next batch; resolves once that batch has committed (and is on disk). */
  enqueue<T>(run: () => T): Promise<T>;
  /**
   * Runs what is queued now (waiting for another process's lock as writes do) and resolves once every
   * answered write is on disk (before closing).
   */
  drain(): Promise<void>;
}

/**
 * Group commit. Writes that arrive while the event loop is busy are run together in ONE
 * `BEGIN IMMEDIATE … COMMIT` on the next tick: a write that fails is rolled back alone and rejects
 * alone; the others commit (after a failure the batch runs again with a savepoint per write; when
 * SQLite itself ended the transaction on the failure, as a full disk or an I/O error may, the others
 * run again in the next batch). The
 * batch is one transaction, so the audit chain stays linear (each write reads the head the write
 * before it left) and an idempotency key written earlier in the batch is seen by a later write with
 * the same key.
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
 *
 * Another process holding the write lock (cluster workers share the file): SQLite's busy handler
 * would SLEEP in `BEGIN IMMEDIATE`, blocking this event loop for the whole wait. Instead the batch
 * tries the lock without waiting (busy timeout 0); when it is taken, nothing has run, the jobs stay
 * queued in their order, new writes join them, and the whole queue is tried again `lock.retryMs`
 * later as ONE batch — so every guarantee above holds unchanged. A write that has waited
 * `lock.timeoutMs` without the lock fails alone with a 503 (as the busy timeout would have failed it).
 */
export function createWriteBatcher(
  db: Db,
  translate: (error: unknown) => unknown,
  wal: WalSync | null,
  lock: LockWait = DEFAULT_LOCK_WAIT,
): WriteBatcher {
  let queue: Job[] = [];
  /** A flush is due: on the next turn of the loop, or after a pause for the lock (`retry`). */
  let scheduled = false;
  let retry: NodeJS.Timeout | null = null;
  /** Committed, waiting for the next fsync. */
  let unsynced: Done[] = [];
  let syncing = false;
  let broken: StorageError | null = null;
  let drained: (() => void)[] = [];
  const inSavepoint = db.transaction((job: Job) => job.run());
  /** Set once the batch holds the lock: an error before that is BEGIN's, and nothing of the batch ran. */
  let began = false;
  /** Set when a job of a batch without savepoints threw: the batch is rolled back and run with them. */
  let jobFailed = false;
  // The usual batch: every job runs straight in the transaction. A savepoint per job (SAVEPOINT, the
  // page copies that let it roll back, RELEASE) cost about 45 µs per receipt here, for the rare job
  // that fails; the first failure rolls the whole batch back (nothing of it is answered yet) and it
  // runs again as `runSavepoints`. A job is a function of the database alone, so running it twice
  // gives the answer of running it once.
  const runPlain = db.transaction((jobs: Job[]) => {
    began = true;
    return jobs.map((job): Done => {
      try {
        return { job, ok: true, value: job.run() };
      } catch (error) {
        jobFailed = true;
        throw error;
      }
    });
  });
  const runSavepoints = db.transaction((jobs: Job[]) => {
    began = true;
    return jobs.map((job): Done => {
      try {
        return { job, ok: true, value: inSavepoint(job) };
      } catch (error) {
        if (!db.inTransaction) throw new TransactionLost(job, error);
        return { job, ok: false, value: error };
      }
    });
  });
  /** Runs the batch in one transaction; each job that fails is rolled back alone. */
  function runBatch(jobs: Job[]): Done[] {
    jobFailed = false;
    try {
      return runPlain.immediate(jobs);
    } catch (error) {
      if (!jobFailed) throw error;
      // Alone in its batch, the rollback was the job's own.
      if (jobs.length === 1) return [{ job: jobs[0], ok: false, value: error }];
    }
    began = false;
    return runSavepoints.immediate(jobs);
  }
  // Not prepared once: SQLite applies `PRAGMA busy_timeout` when the statement is prepared. `exec`,
  // not `pragma`: it builds no statement object and no result rows (2 µs a pair against 9–12 µs),
  // and a batch waiting for another process's lock sets both again at every try.
  const waitPragma = `PRAGMA busy_timeout = ${Math.max(0, Math.floor(lock.connectionBusyTimeoutMs))}`;
  const lockBusy = (error: unknown) => !began && (error as { code?: unknown } | null)?.code === 'SQLITE_BUSY';

  function answer(done: Done[]): void {
    for (const { job, ok, value } of done) {
      if (ok) job.resolve(value);
      else job.reject(translate(value));
    }
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  }

  function flush(): void {
    if (retry) clearTimeout(retry);
    retry = null;
    scheduled = false;
    const jobs = queue;
    queue = [];
    if (jobs.length > 0) runJobs(jobs);
    settleDrain();
  }

  function runJobs(jobs: Job[]): void {
    if (broken) {
      for (const job of jobs) job.reject(broken);
      return;
    }
    let done: Done[];
    began = false;
    try {
      db.exec('PRAGMA busy_timeout = 0');
      try {
        done = runBatch(jobs);
      } finally {
        db.exec(waitPragma);
      }
    } catch (error) {
      if (lockBusy(error)) {
        waitForLock(jobs, error);
        return;
      }
      if (error instanceof TransactionLost) {
        // Nothing of the batch is stored: the job that lost it fails, the others run again first.
        error.job.reject(translate(error.cause));
        queue = jobs.filter((job) => job !== error.job).concat(queue);
        if (queue.length > 0) schedule();
        return;
      }
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

  /** Another process holds the lock: the jobs wait (in order, ahead of newer ones) unless out of time. */
  function waitForLock(jobs: Job[], error: unknown): void {
    const now = performance.now();
    const waiting = jobs.filter((job) => now - job.since < lock.timeoutMs);
    if (waiting.length < jobs.length) {
      const reason = translate(error);
      for (const job of jobs) if (!waiting.includes(job)) job.reject(reason);
    }
    if (waiting.length === 0) return;
    queue = waiting.concat(queue);
    scheduled = true;
    retry = setTimeout(flush, lock.retryMs);
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
      else settleDrain();
    });
  }

  /** Resolves `drain()` once nothing is queued, waiting for the lock, or waiting for its fsync. */
  function settleDrain(): void {
    if (drained.length === 0 || queue.length > 0 || syncing) return;
    for (const resolve of drained) resolve();
    drained = [];
  }

  return {
    enqueue<T>(run: () => T): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ run, resolve: resolve as (value: unknown) => void, reject, since: performance.now() });
        schedule();
      });
    },
    drain(): Promise<void> {
      const settled = new Promise<void>((resolve) => drained.push(resolve));
      flush();
      return settled;
    },
  };
}
