import { getWorkCalendar } from '../calendars/work-calendar.ts';
import type { AppDeps } from '../deps.ts';
import { NotFoundError, RateLimitedError } from '../errors/index.ts';
import type { CaseStatus } from '../storage/port.ts';
import { requestClock } from './case-context.ts';
import { deemedAcceptance, deemedAcceptanceWrite } from './deemed-acceptance.ts';
import { getItemTiming } from './item-timing.ts';
import { localDate } from './local-time.ts';
import { queryCodeMatches } from './query-code.ts';

/** Progress queries allowed per client address and minute (a setting with this default). */
export const PROGRESS_QUERIES_PER_MINUTE = 10;

/** Queries per case number per day, from any address (guessing a query code needs many more). */
export const PROGRESS_QUERIES_PER_CASE_PER_DAY = 30;

/** 办件状态 as the public reads it. */
const STATUS_TEXT: Record<CaseStatus, string> = {
  received: '已收件',
  'supplement-requested': '待补正',
  'rejected-at-intake': '不予受理',
  accepted: '已受理',
  'in-review': '审查中',
  suspended: '已暂停',
  approved: '准予（已办结）',
  denied: '不予许可（已办结）',
  withdrawn: '已撤回',
};

export interface ProgressQuery {
  caseNumber: string;
  queryCode: string;
  /** The client address, for the rate limit. */
  ip: string;
}

/** 办理进度: what anyone holding the number and the code may read — no personal data, no form data. */
export interface PublicProgress {
  caseNumber: string;
  itemName: string;
  status: CaseStatus;
  statusText: string;
  receivedOn: string;
  acceptedOn: string | null;
  promisedDue: string | null;
  concludedOn: string | null;
  /** Event types and local dates only: no actors, reasons or notices. */
  timeline: { type: string; date: string }[];
}

/** Internal steps the applicant is not told about (an override changes no state they can see). */
const INTERNAL_EVENTS = new Set(['override']);

const NO_MATCH = 'No case matches this case number and query code.';

/**
 * 进度查询 by case number plus query code. Rate limited per address across instances (the store's
 * attempt window). A wrong code and an unknown number give the same 404, after the same work: the
 * code is always compared, in constant time, against the stored hash or a decoy.
 */
export async function queryPublicProgress(deps: AppDeps, query: ProgressQuery): Promise<PublicProgress> {
  const now = deps.clock.now();
  const window = await deps.store.countLoginAttempt({
    key: `progress:${query.ip}`,
    now: now.toISOString(),
    windowSeconds: 60,
  });
  if (window.count > PROGRESS_QUERIES_PER_MINUTE) {
    const retryAfter = Math.max(1, Math.ceil((Date.parse(window.resetAt) - now.getTime()) / 1000));
    throw new RateLimitedError(retryAfter, 'Too many progress queries. Please wait a minute and try again.');
  }
  // Case numbers are sequential, so guessing a query code from many addresses must also meet a limit
  // per case number. It counts every query (the store's window has no read-only peek): an applicant
  // never needs 30 a day, and the worst an attacker can do is pause that case's public page for a day.
  const perCase = await deps.store.countLoginAttempt({
    key: `progress-case:${query.caseNumber}`,
    now: now.toISOString(),
    windowSeconds: 86_400,
  });
  if (perCase.count > PROGRESS_QUERIES_PER_CASE_PER_DAY) {
    const retryAfter = Math.max(1, Math.ceil((Date.parse(perCase.resetAt) - now.getTime()) / 1000));
    throw new RateLimitedError(
      retryAfter,
      'Too many queries for this case number today. Please try again tomorrow.',
    );
  }
  const c = await deps.store.getCase({ caseNumber: query.caseNumber });
  if (!queryCodeMatches(c?.queryCodeHash ?? null, query.caseNumber, query.queryCode) || !c) {
    throw new NotFoundError(NO_MATCH, { code: 'NOT_FOUND' });
  }
  const tz = deps.config.timeZone;
  const events = await deps.store.listCaseEvents({ caseId: c.id });
  const timeline = events
    .filter((e) => !INTERNAL_EVENTS.has(e.type))
    .map((e) => ({ type: e.type, date: localDate(e.at, tz) }));
  let status = c.status;
  let acceptedOn = c.acceptedAt?.slice(0, 10) ?? null;
  let promisedDue = c.promisedDue;
  if (c.status === 'received') {
    // The same deemed acceptance the clerk sees, computed on read until it is recorded.
    const [timing, calendar] = await Promise.all([getItemTiming(deps, c.definition), getWorkCalendar(deps)]);
    const { now: clock, at } = requestClock(deps);
    const deemed = deemedAcceptance(c, timing, calendar, clock);
    if (deemed) {
      status = 'accepted';
      acceptedOn = deemed.acceptedOn;
      promisedDue = deemedAcceptanceWrite(c, deemed, timing, calendar, clock, at).patch.promisedDue ?? null;
      timeline.push({ type: 'deemed-accept', date: clock.today });
    }
  }
  return {
    caseNumber: c.caseNumber,
    itemName: c.itemName,
    status,
    statusText: STATUS_TEXT[status],
    receivedOn: localDate(c.receivedAt, tz),
    acceptedOn,
    promisedDue,
    concludedOn: c.concludedAt === null ? null : localDate(c.concludedAt, tz),
    timeline,
  };
}
