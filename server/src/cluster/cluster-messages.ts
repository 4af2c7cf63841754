/**
 * What the primary and its workers tell each other over the IPC channel. Every message carries the
 * `onewindow` tag so that nothing else sent on the channel (Node's own cluster traffic) is taken
 * for one.
 */
export type ClusterMessage =
  /** primary → worker: drain and close the store, then exit 0. */
  | { onewindow: 'shutdown' }
  /** worker → primary → every other worker: a holiday calendar was written, drop the cached one. */
  | { onewindow: 'calendar-written' };

/** The message if it is one of ours, else null. */
export function clusterMessage(value: unknown): ClusterMessage | null {
  if (typeof value !== 'object' || value === null) return null;
  const tag = (value as { onewindow?: unknown }).onewindow;
  return tag === 'shutdown' || tag === 'calendar-written' ? { onewindow: tag } : null;
}

/** Set by the primary on a worker it forks to replace one that died: that worker resumes unfinished recomputes. */
export const REPLACEMENT_ENV = 'ONEWINDOW_REPLACEMENT_WORKER';
