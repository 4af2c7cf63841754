/** A calendar date, 'YYYY-MM-DD', read as a UTC day. */
export type DateString = string;

/** 时限单位 — 工作日 workday, 自然日 natural day, 小时 hour. */
export type LimitUnit = 'workday' | 'day' | 'hour';

/** An amount of time in an explicit unit (schemas/duration.schema.json). */
export interface Duration {
  amount: number;
  unit: LimitUnit;
}

/** One day of a holiday calendar (schemas/holiday-calendar.schema.json `calendarDay`). */
export interface CalendarDay {
  date: DateString;
  name?: string;
}

/** 节假日安排 — one year's official days off and make-up workdays (调休), as published by the State Council. */
export interface HolidayCalendarData {
  year: number;
  source?: string;
  holidays: readonly CalendarDay[];
  workdays: readonly CalendarDay[];
}

/** 工作日历 — answers "is this a working day?" for the years it was given, Mon–Fri elsewhere. */
export interface WorkCalendar {
  /** True for Mon–Fri that is not a holiday, and for a weekend day declared a make-up workday. */
  isWorkday(d: DateString): boolean;
  /** Same as `isWorkday`, for a day counted from 1970-01-01 (see `parseDate`); for hot loops. */
  isWorkdayAt(epochDay: number): boolean;
  /** Whether the calendar holds the official arrangement of this year. */
  covers(year: number): boolean;
  /** The covered years, ascending. */
  years(): number[];
}

/** 暂停 — the clock suspended on `from` and resumed on `to` (null while still suspended). */
export interface Pause {
  from: string;
  to: string | null;
}

/** 延期 — an approved extension; `amount` is in the unit of the limit it extends. */
export interface Extension {
  amount: number;
}

export interface DeadlineArgs {
  /** 受理 date; an ISO date-time with offset for an `hour` limit. */
  accepted: string;
  limit: Duration;
  pauses?: readonly Pause[];
  extensions?: readonly Extension[];
  calendar: WorkCalendar;
  /** Closes a still-open pause (see `computeDeadline`); a date-time for an `hour` limit. */
  today?: string;
}

export interface Deadline {
  /** 'YYYY-MM-DD', or an ISO date-time in the offset of `accepted` for an `hour` limit. */
  due: string;
  /** Years (as strings, ascending) the computation consulted that the calendar does not cover. */
  provisional: string[];
  /** True while a pause is open: `due` is then the earliest the deadline can still be. */
  paused: boolean;
}

/** 红黄绿灯 — the supervision light of a running case. */
export type TrafficLight = 'green' | 'yellow' | 'red';

export interface ClockStatus {
  due: string;
  remaining: number;
  light: TrafficLight;
  provisional: string[];
}
