import { createWorkCalendar, type WorkCalendar } from '@onewindow/runtime/engine';
import type { AppDeps } from '../deps.ts';
import type { Store } from '../storage/port.ts';

/**
 * How long a process trusts its cached calendar. Writes through this process invalidate it at once,
 * and so do writes through the other workers of the same cluster (they notify it: `deps.peers`); the
 * bound is for a calendar written by a server on ANOTHER machine sharing the database (MongoDB).
 */
const MAX_AGE_MS = 60_000;

interface CachedCalendar {
  loading: Promise<WorkCalendar>;
  loadedAt: number;
}

const cache = new WeakMap<Store, CachedCalendar>();

/**
 * 工作日历 — the working-day calendar built from every holiday calendar in the store (Mon–Fri for
 * years it holds none of), cached per store until a calendar is written or a minute has passed.
 */
export function getWorkCalendar(deps: AppDeps): Promise<WorkCalendar> {
  const now = Date.now();
  const cached = cache.get(deps.store);
  if (cached && now - cached.loadedAt < MAX_AGE_MS) return cached.loading;
  const loading = deps.store.listCalendars().then((years) => createWorkCalendar(years));
  const entry = { loading, loadedAt: now };
  cache.set(deps.store, entry);
  // A failed load is not cached: the next caller tries again.
  loading.catch(() => {
    if (cache.get(deps.store) === entry) cache.delete(deps.store);
  });
  return loading;
}

/** Forgets the cached calendar of this store (after a calendar was written here) and tells the peers. */
export function invalidateWorkCalendar(deps: AppDeps): void {
  forgetWorkCalendar(deps);
  deps.peers?.calendarWritten();
}

/** Forgets the cached calendar of this store only (a peer process wrote a calendar). */
export function forgetWorkCalendar(deps: Pick<AppDeps, 'store'>): void {
  cache.delete(deps.store);
}
