import type { Db } from './open-sqlite-database.ts';

interface Job {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
}

export interface WriteBatcher {
  /** Runs `run` in the next batch; resolves once that batch has committed. */
  enqueue<T>(run: () => T): Promise<T>;
  /** Runs what is queued now (before closing). */
  flush(): void;
}

/**
 * Group commit. Writes that arrive while the event loop is busy are run together in ONE
 * `BEGIN IMMEDIATE … COMMIT`, each inside its own savepoint: a write that fails is rolled back
 * alone and rejects alone; the others commit. Every promise settles only after the COMMIT, so a
 * resolved write is durable. One commit costs about as much as the rest of a receipt (each B-tree a
 * receipt touches is one page appended to the WAL, fsynced with durability `full`), so under load
 * this is what lets receipts scale; under no load a batch is a single write, a tick later.
 *
 * The batch is one transaction, so the audit chain stays linear: each write in it reads the head
 * that the write before it left.
 */
export function createWriteBatcher(db: Db, translate: (error: unknown) => unknown): WriteBatcher {
  let queue: Job[] = [];
  let scheduled = false;
  const inSavepoint = db.transaction((job: Job) => job.run());
  const runBatch = db.transaction((jobs: Job[]) => {
    const results: { ok: boolean; value: unknown }[] = [];
    for (const job of jobs) {
      try {
        results.push({ ok: true, value: inSavepoint(job) });
      } catch (error) {
        results.push({ ok: false, value: error });
      }
    }
    return results;
  });

  function flush(): void {
    scheduled = false;
    const jobs = queue;
    queue = [];
    if (jobs.length === 0) return;
    let results: { ok: boolean; value: unknown }[];
    try {
      results = runBatch.immediate(jobs);
    } catch (error) {
      // BEGIN or COMMIT failed: nothing of the batch is stored.
      const reason = translate(error);
      for (const job of jobs) job.reject(reason);
      return;
    }
    jobs.forEach((job, i) => {
      const { ok, value } = results[i];
      if (ok) job.resolve(value);
      else job.reject(translate(value));
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
    flush,
  };
}
