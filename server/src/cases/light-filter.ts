import { addWorkdays, type TrafficLight, type WorkCalendar } from '@onewindow/runtime/engine';
import type { AppDeps } from '../deps.ts';
import type { CaseStatus, CaseSummary, InboxPage, ListInboxArgs } from '../storage/port.ts';
import { yellowAtBounds } from './yellow-at-bounds.ts';

/** The statuses whose clock runs, so that they have a light. */
export const RUNNING_STATUSES: readonly CaseStatus[] = ['accepted', 'in-review'];

const PAGE = 200;
/** No light filter reads more candidate rows than this in memory. */
const MAX_CANDIDATES = 20_000;

export interface LightFilterArgs {
  /** The other filters (status, item, due-before, text). */
  base: ListInboxArgs;
  light: TrafficLight;
  offset: number;
  limit: number;
  today: string;
  calendar: WorkCalendar;
  /** The light of one row, with its own item's threshold. */
  lightOf: (row: CaseSummary) => Promise<TrafficLight | null>;
}

function earlier(a: string | undefined, b: string): string {
  return a !== undefined && a < b ? a : b;
}

/** The first `max` rows in inbox order, and the total (read with the first page). */
async function fetchRows(deps: AppDeps, args: ListInboxArgs, max: number): Promise<InboxPage> {
  const items: CaseSummary[] = [];
  let total = 0;
  for (let offset = 0; items.length < max; offset += PAGE) {
    const limit = Math.min(PAGE, max - items.length);
    const page = await deps.store.listInbox({ ...args, offset, limit });
    if (offset === 0) total = page.total;
    items.push(...page.items);
    if (page.items.length < limit || items.length >= total) break;
  }
  return { items, total };
}

async function keep(rows: CaseSummary[], light: TrafficLight, lightOf: LightFilterArgs['lightOf']) {
  const lights = await Promise.all(rows.map(lightOf));
  return rows.filter((_, i) => lights[i] === light);
}

/** The inbox order: newest receipt first, ties by case number, descending. */
function inboxOrder(a: CaseSummary, b: CaseSummary): number {
  if (a.receivedAt !== b.receivedAt) return a.receivedAt < b.receivedAt ? 1 : -1;
  return a.caseNumber < b.caseNumber ? 1 : a.caseNumber > b.caseNumber ? -1 : 0;
}

/**
 * The inbox filtered by light (红黄绿灯) on `today`, exactly as each row's light comes out with its own
 * item's threshold `yellowAt`. Light is a range of promised due dates per threshold: red before today;
 * yellow from today to before the (yellowAt+1)-th working day after it; green from there on. Only the
 * band between the lowest and the highest threshold in use differs by item: those rows are judged one by
 * one, everything else is paged by the store.
 */
export async function listInboxByLight(deps: AppDeps, args: LightFilterArgs): Promise<InboxPage> {
  const { base, light, offset, limit, today, calendar } = args;
  const status = base.status?.length
    ? base.status.filter((s) => RUNNING_STATUSES.includes(s))
    : RUNNING_STATUSES;
  if (status.length === 0) return { items: [], total: 0 };
  const scoped: ListInboxArgs = { ...base, status };

  if (light === 'red') {
    return deps.store.listInbox({ ...scoped, dueBefore: earlier(base.dueBefore, today), offset, limit });
  }
  const { min, max } = await yellowAtBounds(deps);
  const greenForAll = addWorkdays(today, max + 1, calendar);
  if (light === 'yellow') {
    const { items: rows } = await fetchRows(
      deps,
      { ...scoped, dueFrom: today, dueBefore: earlier(base.dueBefore, greenForAll) },
      MAX_CANDIDATES,
    );
    const yellow = await keep(rows, 'yellow', args.lightOf);
    return { items: yellow.slice(offset, offset + limit), total: yellow.length };
  }
  const sure: ListInboxArgs = { ...scoped, dueFrom: greenForAll };
  if (min === max) return deps.store.listInbox({ ...sure, offset, limit });
  // Green for some items only: judge the band row by row, and merge it into the store's order.
  const bandFrom = addWorkdays(today, min + 1, calendar);
  const bandRows = await fetchRows(
    deps,
    { ...scoped, dueFrom: bandFrom, dueBefore: earlier(base.dueBefore, greenForAll) },
    MAX_CANDIDATES,
  );
  const band = await keep(bandRows.items, 'green', args.lightOf);
  const head = await fetchRows(deps, sure, offset + limit);
  const merged = [...head.items, ...band].sort(inboxOrder).slice(offset, offset + limit);
  return { items: merged, total: head.total + band.length };
}
