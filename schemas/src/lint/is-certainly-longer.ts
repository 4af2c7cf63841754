import type { Duration } from '../generated/types.ts';

/**
 * An upper bound on the natural days that `workdays` working days can span, whatever the calendar:
 * 7/5 per working day for weekends, plus 14 days for a golden week (up to 9 days off) and the
 * 调休 weekends around it, plus 14 more per 200 working days (a year has about 13 statutory
 * holiday days and 250 working days). For under 200 working days this is the rule
 * `workdays × 7/5 + 14`.
 */
export function maxNaturalDaysOf(workdays: number): number {
  return Math.ceil((workdays * 7) / 5) + 14 * (1 + Math.floor(workdays / 200));
}

/** The fewest hours a duration can last from the moment the clock starts. */
function leastHours(d: Duration): number {
  // a working day is at least a natural day; a natural day is 24 hours
  return d.unit === 'hour' ? d.amount : d.amount * 24;
}

/** The most hours a duration can last. */
function mostHours(d: Duration): number {
  if (d.unit === 'hour') return d.amount;
  return (d.unit === 'workday' ? maxNaturalDaysOf(d.amount) : d.amount) * 24;
}

/**
 * Whether `a` is longer than `b` for every acceptance date and holiday calendar. Same unit: by
 * amount. Otherwise the least `a` can last against the most `b` can: a working day lasts at least a
 * natural day (so promised 6 workdays > statutory 5 days) and N working days at most
 * {@link maxNaturalDaysOf}(N) natural days (so promised 22 days > statutory 5 workdays, but not
 * 21 days); hours and natural days convert exactly, 1 day = 24 h. Anything positive is longer
 * than zero. Where the calendar decides (promised 8 days against statutory 5 workdays), it is not
 * certain and lint stays silent rather than cry wolf.
 */
export function isCertainlyLonger(a: Duration, b: Duration): boolean {
  if (a.unit === b.unit || b.amount === 0) return a.amount > b.amount;
  return leastHours(a) > mostHours(b);
}
