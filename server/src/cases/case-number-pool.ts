import type { AppDeps } from '../deps.ts';
import type { Store } from '../storage/port.ts';

/**
 * Case numbers taken per store write. A receipt then rarely waits for a write of its own before it
 * files the case (one commit instead of two), and a restart leaves at most this many minus one unused
 * numbers of the day as a gap — which case numbers allow.
 */
export const CASE_NUMBER_BLOCK = 20;

interface Pool {
  day: string;
  numbers: string[];
  /** The block being reserved, shared by everyone who found the pool empty. */
  refill: Promise<void> | null;
}

const pools = new WeakMap<Store, Pool>();

/**
 * 办件编号 — the next case number of `day` for a receipt in this process, from a block reserved in the
 * store ({@link CASE_NUMBER_BLOCK} at a time): unique across processes, increasing within one (two
 * server instances interleave their blocks), numbers of a past day are dropped when the day turns.
 * The pool is per process on purpose: a block is reserved by an atomic increment of the day's counter
 * in the database (inside the batch's `BEGIN IMMEDIATE`), so cluster workers never hand out the same
 * number; a worker that dies leaves the rest of its block as a gap, like a restart.
 */
export async function nextCaseNumber(deps: AppDeps, day: string): Promise<string> {
  let pool = pools.get(deps.store);
  if (!pool) {
    pool = { day, numbers: [], refill: null };
    pools.set(deps.store, pool);
  }
  for (;;) {
    if (pool.day !== day) {
      pool.day = day;
      pool.numbers = [];
    }
    const next = pool.numbers.shift();
    if (next !== undefined) return next;
    pool.refill ??= refill(deps, pool, day);
    await pool.refill;
  }
}

async function refill(deps: AppDeps, pool: Pool, day: string): Promise<void> {
  try {
    const numbers = await deps.store.reserveCaseNumbers({ day, count: CASE_NUMBER_BLOCK });
    if (pool.day === day) pool.numbers.push(...numbers);
  } finally {
    pool.refill = null;
  }
}
