import { type Duration, isCertainlyLonger, maxNaturalDaysOf } from '@onewindow/schemas';

/**
 * How the promised limit (承诺) stands against the statutory one (法定):
 * - same unit: `within` (with the reduction and its rate), `equal` or `exceeds`;
 * - different units: `exceeds` when it is longer for every date and calendar (the lint's
 *   `isCertainlyLonger`), `withinUnits` when it cannot be longer for any (its most natural days are
 *   at most the statutory limit's least), else `uncertain` — the calendar decides.
 */
export type LimitComparison =
  | { kind: 'within'; saved: number; rate: number }
  | { kind: 'equal' }
  | { kind: 'exceeds' }
  | { kind: 'withinUnits'; most: number; least: number }
  | { kind: 'uncertain' };

/** The fewest natural days a duration lasts (a working day is at least a natural day). */
function leastDays(d: Duration): number {
  return d.unit === 'hour' ? d.amount / 24 : d.amount;
}

/** The most natural days a duration can last (weekends and a golden week for working days). */
function mostDays(d: Duration): number {
  if (d.unit === 'hour') return d.amount / 24;
  return d.unit === 'workday' ? maxNaturalDaysOf(d.amount) : d.amount;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Compares the promised limit with the statutory one (see {@link LimitComparison}). */
export function compareLimits(promised: Duration, statutory: Duration): LimitComparison {
  if (promised.unit === statutory.unit) {
    if (promised.amount > statutory.amount) return { kind: 'exceeds' };
    if (promised.amount === statutory.amount) return { kind: 'equal' };
    const saved = statutory.amount - promised.amount;
    return { kind: 'within', saved, rate: round1((saved / statutory.amount) * 100) };
  }
  if (isCertainlyLonger(promised, statutory)) return { kind: 'exceeds' };
  const most = mostDays(promised);
  const least = leastDays(statutory);
  return most <= least
    ? { kind: 'withinUnits', most: round1(most), least: round1(least) }
    : { kind: 'uncertain' };
}
