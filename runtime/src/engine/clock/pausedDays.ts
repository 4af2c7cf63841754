import { parseDate } from './dates.ts';
import { ClockError } from './errors.ts';
import { type Interval, mergeIntervals } from './intervals.ts';
import type { DateString, Pause } from './types.ts';

/**
 * The days a list of pauses takes off the clock, as merged half-open epoch-day intervals: a pause
 * suspended on S and resumed on R removes the days S < d ≤ R, so [S + 1, R + 1). An open pause
 * (`to === null`) runs until `today`, or removes nothing yet when no `today` is known.
 */
export function pausedDays(
  pauses: readonly Pause[],
  today: DateString | undefined,
): { intervals: Interval[]; open: boolean } {
  const todayEpochDay = today === undefined ? undefined : parseDate(today);
  let open = false;
  const intervals = pauses.map((pause) => {
    const from = parseDate(pause.from);
    let to: number;
    if (pause.to === null) {
      open = true;
      to = Math.max(from, todayEpochDay ?? from);
    } else {
      to = parseDate(pause.to);
    }
    if (to < from)
      throw new ClockError('INVALID_PAUSE', `pause resumes (${pause.to}) before it begins (${pause.from})`);
    return { start: from + 1, end: to + 1 };
  });
  return { intervals: mergeIntervals(intervals), open };
}
