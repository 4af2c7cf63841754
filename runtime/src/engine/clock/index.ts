/**
 * 办理时限 — the pure working-day clock: calendars, deadlines, remaining days and the light.
 * Every function is pure: no reading of the system clock, no I/O; calendars are passed in.
 */

export { addWorkdays } from './addWorkdays.ts';
export { type ClockStatusArgs, clockStatus } from './clockStatus.ts';
export { computeDeadline } from './computeDeadline.ts';
export { createWorkCalendar } from './createWorkCalendar.ts';
export { addDays, dayOfWeek, diffDays, formatDate, isValidDate, parseDate } from './dates.ts';
export { type ParsedDateTime, parseDateTime } from './dateTime.ts';
export { ClockError, type ClockErrorCode } from './errors.ts';
export { remainingWorkdays } from './remainingWorkdays.ts';
export { trafficLight } from './trafficLight.ts';
export type {
  CalendarDay,
  ClockStatus,
  DateString,
  Deadline,
  DeadlineArgs,
  Duration,
  Extension,
  HolidayCalendarData,
  LimitUnit,
  Pause,
  TrafficLight,
  WorkCalendar,
} from './types.ts';
export { type CalendarIssue, validateCalendarData } from './validateCalendarData.ts';
