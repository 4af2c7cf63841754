import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { Settings } from '../config.ts';
import { openDeps, processLogger } from '../start/open-deps.ts';
import { openStore } from '../start/open-store.ts';
import { prepareData } from '../start/prepare-data.ts';
import { type ClusterMessage, clusterMessage, REPLACEMENT_ENV } from './cluster-messages.ts';

/** A worker dying this many times in a row without having served {@link STABLE_MS} stops the server. */
export const MAX_FAILED_STARTS = 5;
/** The wait before the first replacement; doubled for each failure in a row, up to {@link MAX_BACKOFF_MS}. */
const FIRST_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 5_000;
/** A worker that served this long started well: the next failure begins the back-off anew. */
const STABLE_MS = 10_000;
/** On top of `shutdownTimeoutMs`: how long a draining worker may take to close its store before it is killed. */
const CLOSE_GRACE_MS = 10_000;

interface WorkerState {
  worker: Worker;
  forkedAt: number;
  listening: boolean;
  /** Stopped before it listened (see `stop`). */
  startingAtStop?: boolean;
}

/**
 * The cluster primary (`WORKERS` > 1). It does the one-time work of a start (data directory, store,
 * first-start accounts and their passwords, seeding, unfinished deadline recomputes), closes its
 * store, and forks the workers, which open their own and serve one port (round-robin). It prints
 * "is running at" once every worker listens, relays calendar-written notices between workers,
 * replaces a worker that dies (with a back-off, giving up with exit 1 after {@link MAX_FAILED_STARTS}
 * failures in a row), and on SIGTERM/SIGINT has every worker drain and close its store, then exits 0
 * — or 1 if a worker failed to close (or had to be killed).
 *
 * A worker's death is noticed when its process exits: a connection the primary dealt to it in that
 * instant is lost with it (Node's round-robin handle keeps no way back), and its client times out,
 * as with any crashed server. Requests already accepted by the surviving workers are not affected.
 */
export async function runPrimary(settings: Settings): Promise<void> {
  const logger = processLogger(settings);
  // A signal while the data is prepared (seeding, recomputes) stops the start once the store is closed.
  let signalledEarly: string | null = null;
  const early = (signal: string) => {
    signalledEarly = signal;
  };
  process.once('SIGTERM', early);
  process.once('SIGINT', early);
  // Closed before the workers open theirs, which removes the log: they reserve it, not this store.
  const deps = await openDeps(settings, logger, { reserveLog: false });
  try {
    await prepareData(deps);
  } finally {
    await deps.store.close();
    process.off('SIGTERM', early);
    process.off('SIGINT', early);
  }
  if (signalledEarly) {
    process.stdout.write(`${signalledEarly}: stopped before serving.\n`);
    process.exit(0);
  }

  cluster.schedulingPolicy = cluster.SCHED_RR;
  const workers = new Map<number, WorkerState>();
  const restarts = new Set<NodeJS.Timeout>();
  let failuresInARow = 0;
  let announced = false;
  let stopping = false;
  let cleanStop = true;

  const relay = (from: Worker, raw: unknown) => {
    const message = clusterMessage(raw);
    if (message?.onewindow !== 'calendar-written') return;
    for (const { worker } of workers.values()) {
      if (worker !== from && worker.isConnected()) worker.send(message satisfies ClusterMessage);
    }
  };

  const fork = (replacement: boolean) => {
    const worker = cluster.fork(replacement ? { [REPLACEMENT_ENV]: '1' } : {});
    workers.set(worker.id, { worker, forkedAt: Date.now(), listening: false });
    worker.on('message', (raw: unknown) => relay(worker, raw));
  };

  const finished = new Promise<number>((resolve) => {
    const stop = (reason: string, exitCode: 0 | 1) => {
      if (stopping) return;
      stopping = true;
      if (exitCode !== 0) cleanStop = false;
      for (const timer of restarts) clearTimeout(timer);
      restarts.clear();
      process.stdout.write(`${reason}: finishing the requests in flight, then stopping.\n`);
      if (workers.size === 0) resolve(cleanStop ? 0 : 1);
      for (const state of workers.values()) {
        if (state.listening && state.worker.isConnected()) {
          state.worker.send({ onewindow: 'shutdown' } satisfies ClusterMessage);
        } else {
          // One still starting may not listen for messages yet, and has served nothing: a signal
          // stops it either way (by its handler, or by the default action), and how is no failure.
          state.startingAtStop = true;
          state.worker.process.kill('SIGTERM');
        }
      }
      setTimeout(() => {
        for (const { worker } of workers.values()) {
          logger.error({ worker: worker.process.pid }, 'worker did not stop in time; killed');
          worker.process.kill('SIGKILL');
        }
      }, settings.shutdownTimeoutMs + CLOSE_GRACE_MS).unref();
    };
    process.once('SIGTERM', () => stop('SIGTERM', 0));
    process.once('SIGINT', () => stop('SIGINT', 0));

    cluster.on('listening', (worker, address: AddressInfo) => {
      const state = workers.get(worker.id);
      if (state) state.listening = true;
      if (announced || stopping || [...workers.values()].some((w) => !w.listening)) return;
      announced = true;
      const url = `http://localhost:${address.port}`;
      logger.info(
        { port: address.port, url, workers: workers.size, dataDir: settings.config.dataDir },
        'listening',
      );
      process.stdout.write(`OneWindow (一窗通) is running at ${url} (${workers.size} worker processes)\n`);
    });

    cluster.on('exit', (worker, code, signal) => {
      const state = workers.get(worker.id);
      workers.delete(worker.id);
      if (stopping) {
        if (code !== 0 && !state?.startingAtStop) cleanStop = false;
        if (workers.size === 0) resolve(cleanStop ? 0 : 1);
        return;
      }
      const served = state?.listening && Date.now() - state.forkedAt >= STABLE_MS;
      failuresInARow = served ? 1 : failuresInARow + 1;
      if (failuresInARow > MAX_FAILED_STARTS) {
        logger.fatal({ worker: worker.process.pid, code, signal }, 'workers keep dying at start; stopping');
        process.stderr.write(
          `OneWindow: a worker died ${failuresInARow} times in a row at start; giving up.\n`,
        );
        stop('Workers keep failing', 1);
        return;
      }
      const delay = Math.min(FIRST_BACKOFF_MS * 2 ** (failuresInARow - 1), MAX_BACKOFF_MS);
      logger.error(
        { worker: worker.process.pid, code, signal, restartInMs: delay },
        'worker died; replacing it',
      );
      const timer = setTimeout(() => {
        restarts.delete(timer);
        fork(true);
      }, delay);
      restarts.add(timer);
    });
  });

  for (let i = 0; i < settings.workers; i++) fork(false);
  const exitCode = await finished;
  if (!settings.mongodbUri) await checkpointAlone(settings, logger);
  process.exit(exitCode);
}

/**
 * Once every worker has exited: opens the SQLite file and closes it again, alone, so that its log is
 * checkpointed into the database and removed. Workers that close at the same moment may each find
 * the other still open and leave that to it; a worker that was killed never does it. Nothing is lost
 * either way (the next open reads the log), but a stopped server leaves one file, as a single
 * process does. A failure here is only logged: every answered write is on disk already.
 */
async function checkpointAlone(settings: Settings, logger: Logger): Promise<void> {
  try {
    const store = await openStore(settings, logger, { reserveLog: false });
    await store.close();
  } catch (error) {
    logger.error({ err: error }, 'the database log could not be checkpointed at stop');
  }
}
