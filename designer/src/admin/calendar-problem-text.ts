import type { ApiError } from '@onewindow/runtime/app';
import type { Messages, MessageTable } from '../i18n/define-messages.ts';
import type { DayProblem } from './calendar-draft.ts';
import type { calendarsMessages } from './calendars-messages.ts';

type CalendarKey = typeof calendarsMessages extends MessageTable<infer K> ? K : never;

/** A day's problem in words. */
export function problemText(m: Messages<CalendarKey>, problem: DayProblem, year: number): string {
  return m(`cal.problem.${problem.code}`, { year, n: problem.row ?? 0 });
}

/** The server's per-field problems of a refused calendar, by the JSON pointer in each one's `path`. */
export function serverProblems(error: ApiError): Map<string, string> {
  const found = new Map<string, string>();
  const errors = error.problem.errors;
  if (!Array.isArray(errors)) return found;
  for (const entry of errors as unknown[]) {
    if (entry === null || typeof entry !== 'object') continue;
    const { path, message } = entry as Record<string, unknown>;
    if (typeof path === 'string' && typeof message === 'string') found.set(path, message);
  }
  return found;
}
