import {
  clockStatus,
  computeDeadline,
  type Deadline,
  type Duration,
  type TrafficLight,
  type WorkCalendar,
} from '@onewindow/runtime/engine';
import type { CaseRecord } from '../storage/port.ts';
import type { ItemTiming } from './item-timing.ts';
import { localDateTime } from './local-time.ts';

/** Where the clock stands for the caller: the centre's date, and the wall clock for hour limits. */
export interface ClockNow {
  /** 'YYYY-MM-DD' in the centre's time zone. */
  today: string;
  /** The same moment as a local date-time with offset, e.g. `2026-11-30T10:15:00+08:00`. */
  nowLocal: string;
  /** IANA time zone of the centre. */
  timeZone: string;
}

/** The clock at an instant, in the centre's time zone. */
export function clockAt(instant: Date | string, timeZone: string): ClockNow {
  const nowLocal = localDateTime(typeof instant === 'string' ? new Date(instant) : instant, timeZone);
  return { today: nowLocal.slice(0, 10), nowLocal, timeZone };
}

/** One deadline as a clerk reads it. */
export interface DeadlineView {
  due: string;
  /** Working days after today up to the deadline (−1 once past); frozen while paused; null once concluded. */
  remaining: number | null;
  /** 红黄绿灯 of a running clock; null while paused (the clock is not running) or once concluded. */
  light: TrafficLight | null;
  paused: boolean;
}

/** 办理时限 of a case: both deadlines, the acceptance window before acceptance, and what is provisional. */
export interface CaseClocks {
  /** 受理窗口 while the case waits for acceptance: its last day, and whether it has passed. */
  acceptanceWindow: { due: string; passed: boolean } | null;
  /** 承诺办结期限 */
  promised: DeadlineView | null;
  /** 法定办结期限 */
  statutory: DeadlineView | null;
  /** Years the clocks counted through that the calendar does not cover, e.g. ["2027"]: never a silent guess. */
  provisional: string[];
  /** 超期: concluded after the promised deadline (null until concluded). */
  overdue: boolean | null;
}

/** The case fields the clocks read. */
export type ClockedCase = Pick<
  CaseRecord,
  'status' | 'acceptedAt' | 'pauses' | 'extensions' | 'concludedAt' | 'receivedAt' | 'check'
>;

/** A stored date or date-time in the form a limit of `unit` counts in. */
function asUnit(value: string, unit: Duration['unit'], now: ClockNow): string {
  if (unit !== 'hour') return value.slice(0, 10);
  return value.length === 10 ? `${value}T00:00:00${now.nowLocal.slice(19)}` : value;
}

function nowIn(unit: Duration['unit'], now: ClockNow): string {
  return unit === 'hour' ? now.nowLocal : now.today;
}

/** The day a case is judged complete from: its receipt, or the day a supplement before acceptance came in. */
export function intakeDate(c: Pick<CaseRecord, 'check' | 'receivedAt'>, now: ClockNow): string {
  const checkedOn = c.check.today;
  return typeof checkedOn === 'string' ? checkedOn : clockAt(c.receivedAt, now.timeZone).today;
}

/**
 * Both deadlines from the acceptance date with the item's limits, the pauses and the extensions
 * (every extension adds to both limits, each in its own unit — 行政许可法 §42). Null before acceptance.
 * An open pause counts as running until `now` (until the conclusion for a concluded case).
 */
export function caseDeadlines(
  c: Pick<CaseRecord, 'acceptedAt' | 'pauses' | 'extensions'>,
  timing: ItemTiming,
  calendar: WorkCalendar,
  now: ClockNow,
): { promised: Deadline; statutory: Deadline } | null {
  if (c.acceptedAt === null) return null;
  const at = (limit: Duration): Deadline =>
    computeDeadline({
      accepted: asUnit(c.acceptedAt!, limit.unit, now),
      limit,
      pauses: c.pauses.map((p) => ({
        from: asUnit(p.from, limit.unit, now),
        to: p.to === null ? null : asUnit(p.to, limit.unit, now),
      })),
      extensions: c.extensions.map((e) => ({ amount: e.amount })),
      calendar,
      today: nowIn(limit.unit, now),
    });
  return { promised: at(timing.promised), statutory: at(timing.statutory) };
}

/** The last day of the acceptance window that starts on the intake date. */
export function acceptanceWindowDue(
  c: Pick<CaseRecord, 'check' | 'receivedAt'>,
  timing: ItemTiming,
  calendar: WorkCalendar,
  now: ClockNow,
): string {
  const window = timing.acceptanceWindow;
  const start = window.unit === 'hour' ? asUnit(c.receivedAt, 'hour', now) : intakeDate(c, now);
  return computeDeadline({ accepted: start, limit: window, calendar }).due;
}

/** Whether a due date or date-time lies before `now`. */
export function isPast(due: string, now: ClockNow): boolean {
  return due.length === 10 ? now.today > due : Date.parse(now.nowLocal) > Date.parse(due);
}

const RUNNING = new Set(['accepted', 'in-review']);

/** Everything the clerk and the inspector see of the clocks on `now`. */
export function caseClocks(
  c: ClockedCase,
  timing: ItemTiming,
  calendar: WorkCalendar,
  now: ClockNow,
): CaseClocks {
  const provisional = new Set<string>();
  let acceptanceWindow: CaseClocks['acceptanceWindow'] = null;
  if (c.status === 'received') {
    const due = acceptanceWindowDue(c, timing, calendar, now);
    acceptanceWindow = { due, passed: isPast(due, now) };
  }
  // A concluded case's clocks stopped at its conclusion: deadlines as they stood then, and no light.
  const concludedOn = c.concludedAt === null ? null : clockAt(c.concludedAt, now.timeZone);
  const deadlines = caseDeadlines(c, timing, calendar, concludedOn ?? now);
  if (!deadlines)
    return { acceptanceWindow, promised: null, statutory: null, provisional: [], overdue: null };

  const view = (d: Deadline): DeadlineView => {
    for (const y of d.provisional) provisional.add(y);
    if (concludedOn !== null) return { due: d.due, remaining: null, light: null, paused: false };
    const status = clockStatus({ due: d.due, today: now.today, calendar, yellowAt: timing.yellowAt });
    for (const y of status.provisional) provisional.add(y);
    const running = RUNNING.has(c.status);
    return {
      due: d.due,
      remaining: status.remaining,
      light: running ? status.light : null,
      paused: d.paused,
    };
  };
  const promised = view(deadlines.promised);
  const statutory = view(deadlines.statutory);
  return {
    acceptanceWindow,
    promised,
    statutory,
    provisional: [...provisional].sort(),
    overdue: concludedOn === null ? null : isPast(deadlines.promised.due, concludedOn),
  };
}
