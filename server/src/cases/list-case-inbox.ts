import { clockStatus, type TrafficLight } from '@onewindow/runtime/engine';
import { getWorkCalendar } from '../calendars/work-calendar.ts';
import type { AppDeps } from '../deps.ts';
import { ValidationError } from '../errors/index.ts';
import type { CaseStatus, CaseSummary, ListInboxArgs } from '../storage/port.ts';
import { getItemTiming } from './item-timing.ts';
import { listInboxByLight, RUNNING_STATUSES } from './light-filter.ts';
import { sweepDeemedAcceptanceIfDue } from './sweep-deemed-acceptance.ts';

const STATUSES: ReadonlySet<string> = new Set<CaseStatus>([
  'received',
  'supplement-requested',
  'rejected-at-intake',
  'accepted',
  'in-review',
  'suspended',
  'approved',
  'denied',
  'withdrawn',
]);
const LIGHTS: ReadonlySet<string> = new Set<TrafficLight>(['green', 'yellow', 'red']);

/** The inbox query as it arrives (all text): `status` may be repeated or comma-separated. */
export interface InboxQuery {
  status?: string | string[];
  item?: string;
  light?: string;
  dueBefore?: string;
  q?: string;
  page?: string;
  pageSize?: string;
}

/** One inbox line: the case summary with its light on today (null when its clock does not run). */
export type InboxRow = CaseSummary & { light: TrafficLight | null; remaining: number | null };

export interface InboxAnswer {
  items: InboxRow[];
  total: number;
  page: number;
  pageSize: number;
}

function bad(detail: string): ValidationError {
  return new ValidationError(detail, { status: 400, code: 'BAD_QUERY' });
}

function parseStatuses(value: InboxQuery['status']): CaseStatus[] | undefined {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).filter(Boolean);
  for (const s of list) if (!STATUSES.has(s)) throw bad(`Unknown status ${JSON.stringify(s)}.`);
  return list as CaseStatus[];
}

function parsePositive(value: string | undefined, fallback: number, max: number, name: string): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw bad(`${name} must be a whole number from 1 to ${max}.`);
  return n;
}

/**
 * 待办箱 — the clerk's inbox: filters by status, item, light, promised due date and text (case number or
 * applicant name), a page in a stable order (newest receipt first) and the total. Deemed acceptances
 * that are due are recorded first (idempotent sweep), so the filters see them as stored.
 */
export async function listCaseInbox(deps: AppDeps, query: InboxQuery): Promise<InboxAnswer> {
  const status = parseStatuses(query.status);
  if (query.light !== undefined && !LIGHTS.has(query.light)) throw bad('light must be green, yellow or red.');
  if (query.dueBefore !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(query.dueBefore)) {
    throw bad('dueBefore must be a date, YYYY-MM-DD.');
  }
  const page = parsePositive(query.page, 1, 1_000_000, 'page');
  const pageSize = parsePositive(query.pageSize, 20, 200, 'pageSize');
  const base: ListInboxArgs = {
    ...(status ? { status } : {}),
    ...(query.item ? { itemCode: query.item } : {}),
    ...(query.dueBefore ? { dueBefore: query.dueBefore } : {}),
    ...(query.q?.trim() ? { text: query.q.trim() } : {}),
  };

  await sweepDeemedAcceptanceIfDue(deps);
  const today = deps.clock.today();
  const calendar = await getWorkCalendar(deps);
  const lightOf = async (row: CaseSummary) => (await rowClock(row)).light;
  async function rowClock(
    row: CaseSummary,
  ): Promise<{ light: TrafficLight | null; remaining: number | null }> {
    if (!RUNNING_STATUSES.includes(row.status) || row.promisedDue === null)
      return { light: null, remaining: null };
    const { yellowAt } = await getItemTiming(deps, row.definition);
    const s = clockStatus({ due: row.promisedDue, today, calendar, yellowAt });
    return { light: s.light, remaining: s.remaining };
  }

  const offset = (page - 1) * pageSize;
  const found = query.light
    ? await listInboxByLight(deps, {
        base,
        light: query.light as TrafficLight,
        offset,
        limit: pageSize,
        today,
        calendar,
        lightOf,
      })
    : await deps.store.listInbox({ ...base, offset, limit: pageSize });
  const items = await Promise.all(found.items.map(async (row) => ({ ...row, ...(await rowClock(row)) })));
  return { items, total: found.total, page, pageSize };
}
