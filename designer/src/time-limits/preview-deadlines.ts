import { computeDeadline, type WorkCalendar } from '@onewindow/runtime';
import type { Duration, TimeLimits } from '@onewindow/schemas';

/** One deadline of the preview: the due date (a date-time for an hour limit), or null if it cannot be computed. */
export interface PreviewDeadline {
  due: string | null;
  provisional: string[];
}

export interface DeadlinePreview {
  promised: PreviewDeadline;
  statutory: PreviewDeadline;
  /** When a case received that day must be accepted (or a supplement notice issued) by. */
  acceptanceWindow: PreviewDeadline;
  /** Whether an hour limit was counted (from 9:00 on the day). */
  usesHours: boolean;
  /** The calendar years consulted but not entered, ascending. */
  provisional: string[];
  /** Whether the promised deadline falls after the statutory one for this date. */
  promisedLater: boolean;
}

/** The platform's acceptance window when an item sets none (DOMAIN.md: default 5 days). */
export const DEFAULT_ACCEPTANCE_WINDOW: Duration = { amount: 5, unit: 'day' };
/** An hour limit needs a moment: the preview counts from 9:00 in the centre's time zone. */
const HOUR_START = 'T09:00:00+08:00';

function deadline(accepted: string, limit: Duration, calendar: WorkCalendar): PreviewDeadline {
  try {
    const start = limit.unit === 'hour' ? `${accepted}${HOUR_START}` : accepted;
    const { due, provisional } = computeDeadline({ accepted: start, limit, calendar });
    return { due, provisional };
  } catch {
    // A half-typed amount (the schema allows none but a draft may hold one): no date, no crash.
    return { due: null, provisional: [] };
  }
}

/** `2026-10-13` for a date, `2026-10-01 09:00` for an hour limit's date-time. */
export function formatDue(due: string): string {
  return due.length > 10 ? `${due.slice(0, 10)} ${due.slice(11, 16)}` : due;
}

/**
 * The deadlines of a case accepted on `accepted` under `timeLimits`, with the engine's clock (民法典
 * §201: the acceptance day is not counted; §203: a natural-day limit ending on a day off moves on).
 */
export function previewDeadlines(
  timeLimits: TimeLimits,
  accepted: string,
  calendar: WorkCalendar,
): DeadlinePreview {
  const promised = deadline(accepted, timeLimits.promised, calendar);
  const statutory = deadline(accepted, timeLimits.statutory, calendar);
  const acceptanceWindow = deadline(
    accepted,
    timeLimits.acceptanceWindow ?? DEFAULT_ACCEPTANCE_WINDOW,
    calendar,
  );
  const provisional = [
    ...new Set([...promised.provisional, ...statutory.provisional, ...acceptanceWindow.provisional]),
  ].sort();
  return {
    promised,
    statutory,
    acceptanceWindow,
    usesHours: [timeLimits.promised, timeLimits.statutory, timeLimits.acceptanceWindow].some(
      (d) => d?.unit === 'hour',
    ),
    provisional,
    promisedLater:
      promised.due !== null && statutory.due !== null && formatDue(promised.due) > formatDue(statutory.due),
  };
}
