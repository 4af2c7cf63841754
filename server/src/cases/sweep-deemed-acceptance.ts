import { getWorkCalendar } from '../calendars/work-calendar.ts';
import type { AppDeps } from '../deps.ts';
import type { CaseSummary, Store } from '../storage/port.ts';
import { acceptanceWindowDue, isPast } from './case-clocks.ts';
import { requestClock } from './case-context.ts';
import { getItemTiming } from './item-timing.ts';
import { startOfLocalDay } from './local-time.ts';
import { persistDeemedAcceptance } from './persist-deemed-acceptance.ts';

const PAGE = 200;

/**
 * Persists every deemed acceptance that is due (视为受理), idempotently: any instance may run it at any
 * time, concurrently with others, and the outcome is the same (see `persistDeemedAcceptance`).
 * Candidates are the cases still 已收件 that were received before today; a window shorter than a day
 * (an hour limit) is still judged on every read and persisted by the next write.
 */
export async function sweepDeemedAcceptance(deps: AppDeps): Promise<{ checked: number; deemed: number }> {
  const { now, at } = requestClock(deps);
  const calendar = await getWorkCalendar(deps);
  const receivedBefore = startOfLocalDay(now.today, deps.config.timeZone);
  const candidates: CaseSummary[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await deps.store.listInbox({ status: ['received'], receivedBefore, offset, limit: PAGE });
    candidates.push(...page.items);
    if (page.items.length < PAGE) break;
  }
  let deemed = 0;
  for (const summary of candidates) {
    const timing = await getItemTiming(deps, summary.definition);
    // The window starts on the receipt date at the earliest (a supplement only moves it later), so a
    // window that has not passed from the receipt date has not passed: no need to read the case.
    const fromReceipt = {
      receivedAt: summary.receivedAt,
      check: { outcome: summary.outcome, factsHash: '' },
    };
    if (!isPast(acceptanceWindowDue(fromReceipt, timing, calendar, now), now)) continue;
    const c = await deps.store.getCase({ id: summary.id });
    if (c?.status !== 'received') continue;
    if (!isPast(acceptanceWindowDue(c, timing, calendar, now), now)) continue;
    const after = await persistDeemedAcceptance(deps, c, { timing, calendar, now, at });
    if (after.status === 'accepted' && after.revision === c.revision + 1) deemed++;
  }
  return { checked: candidates.length, deemed };
}

interface SweepState {
  today: string;
  at: number;
  running: Promise<unknown> | null;
}

const states = new WeakMap<Store, SweepState>();
const SWEEP_EVERY_MS = 10_000;

/**
 * Runs the sweep before an inbox read when this instance has not run it today or in the last ten
 * seconds (one at a time), so that status and due-date filters see deemed acceptances as stored.
 * The throttle only spares work: correctness rests on the sweep being idempotent. A failing sweep is
 * logged and never fails the read. The state is per process: two cluster workers may sweep at the same
 * time, and each case is then accepted once (the write is conditional on the case's revision).
 */
export async function sweepDeemedAcceptanceIfDue(deps: AppDeps): Promise<void> {
  const today = deps.clock.today();
  const state = states.get(deps.store) ?? { today: '', at: 0, running: null };
  states.set(deps.store, state);
  if (state.running) {
    await state.running;
    return;
  }
  if (state.today === today && Date.now() - state.at < SWEEP_EVERY_MS) return;
  state.running = sweepDeemedAcceptance(deps)
    .catch((error: unknown) => deps.logger.error({ err: error }, 'deemed-acceptance sweep failed'))
    .finally(() => {
      state.today = today;
      state.at = Date.now();
      state.running = null;
    });
  await state.running;
}
