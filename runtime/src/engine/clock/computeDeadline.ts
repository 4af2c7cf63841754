import { nthWorkdayAfter } from './addWorkdays.ts';
import { formatDate, parseDate } from './dates.ts';
import { formatDateTime, parseDateTime } from './dateTime.ts';
import { ClockError } from './errors.ts';
import { extendPastIntervals, mergeIntervals } from './intervals.ts';
import { pausedDays } from './pausedDays.ts';
import type { Deadline, DeadlineArgs, Extension, Pause } from './types.ts';
import { uncoveredYearsBetween } from './uncoveredYears.ts';

const MS_PER_HOUR = 3_600_000;

function totalAmount(amount: number, extensions: readonly Extension[]): number {
  let total = amount;
  for (const [index, extension] of [{ amount }, ...extensions].entries()) {
    if (!Number.isInteger(extension.amount) || extension.amount < 0) {
      const what = index === 0 ? 'limit amount' : `extension ${index - 1} amount`;
      throw new ClockError('INVALID_DURATION', `${what} must be a non-negative integer: ${extension.amount}`);
    }
    if (index > 0) total += extension.amount;
  }
  return total;
}

function workdayDeadline(args: DeadlineArgs, amount: number): Deadline {
  const accepted = parseDate(args.accepted);
  const { intervals, open } = pausedDays(args.pauses ?? [], args.today);
  const due = nthWorkdayAfter(accepted, amount, args.calendar, intervals);
  return {
    due: formatDate(due),
    provisional: uncoveredYearsBetween(accepted + 1, due, args.calendar),
    paused: open,
  };
}

function naturalDayDeadline(args: DeadlineArgs, amount: number): Deadline {
  const accepted = parseDate(args.accepted);
  const { intervals, open } = pausedDays(args.pauses ?? [], args.today);
  const landing = extendPastIntervals(accepted + 1, accepted + amount, intervals);
  // 民法典 §203: a period ending on a day off ends on the next working day instead.
  let due = landing;
  while (!args.calendar.isWorkdayAt(due)) due++;
  return {
    due: formatDate(due),
    provisional: uncoveredYearsBetween(landing, due, args.calendar),
    paused: open,
  };
}

function hourPauses(pauses: readonly Pause[], today: string | undefined) {
  const todayMs = today === undefined ? undefined : parseDateTime(today).epochMs;
  let open = false;
  const intervals = pauses.map((pause) => {
    const from = parseDateTime(pause.from).epochMs;
    let to: number;
    if (pause.to === null) {
      open = true;
      to = Math.max(from, todayMs ?? from);
    } else {
      to = parseDateTime(pause.to).epochMs;
    }
    if (to < from)
      throw new ClockError('INVALID_PAUSE', `pause resumes (${pause.to}) before it begins (${pause.from})`);
    // Milliseconds as units, like days: a pause on S resumed on R removes the units S < u ≤ R.
    return { start: from + 1, end: to + 1 };
  });
  return { intervals: mergeIntervals(intervals), open };
}

function hourDeadline(args: DeadlineArgs, amount: number): Deadline {
  const accepted = parseDateTime(args.accepted);
  const { intervals, open } = hourPauses(args.pauses ?? [], args.today);
  // Hour limits are wall-clock hours: no working-day calendar is consulted, so nothing is provisional.
  const due = extendPastIntervals(accepted.epochMs + 1, accepted.epochMs + amount * MS_PER_HOUR, intervals);
  return {
    due: formatDateTime(due, accepted.offsetMinutes, accepted.offsetText),
    provisional: [],
    paused: open,
  };
}

/**
 * 办结期限 — the deadline of a limit started at acceptance (受理; that day is not counted, 民法典 §201).
 *
 * - `workday`: the (amount + Σ extensions)-th working day after `accepted`, where a pause suspended on
 *   S and resumed on R takes every working day S < d ≤ R out of the count (overlaps counted once).
 * - `day`: `accepted` + amount + Σ extensions, moved by R − S for each pause that began before the
 *   deadline ran out; a deadline on a day off moves to the next working day (民法典 §203).
 * - `hour`: wall-clock hours from an ISO date-time with offset, pauses (date-times) adding their length;
 *   `due` is written in the offset of `accepted`.
 *
 * An open pause (`to: null`) is counted as running until `today` when it is given (else as resumed the
 * day it began) and `paused` is true: `due` is then the earliest date the deadline can still have, and
 * the remaining working days towards it stay the same from one day to the next while the case waits.
 *
 * `provisional` lists the years the calendar was consulted for but does not cover (Mon–Fri counted).
 * Throws `ClockError` for malformed dates, amounts or pauses; never reads the clock.
 */
export function computeDeadline(args: DeadlineArgs): Deadline {
  const amount = totalAmount(args.limit.amount, args.extensions ?? []);
  switch (args.limit.unit) {
    case 'workday':
      return workdayDeadline(args, amount);
    case 'day':
      return naturalDayDeadline(args, amount);
    case 'hour':
      return hourDeadline(args, amount);
    default:
      throw new ClockError('INVALID_DURATION', `unknown unit: ${String(args.limit.unit)}`);
  }
}
