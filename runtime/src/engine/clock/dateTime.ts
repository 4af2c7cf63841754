import { formatDate, isValidDate, parseDate } from './dates.ts';
import { ClockError } from './errors.ts';

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/** An instant read from an ISO 8601 date-time, with the offset it was written in. */
export interface ParsedDateTime {
  epochMs: number;
  offsetMinutes: number;
  /** 'Z' or '±hh:mm', kept so the result is written the way the input was. */
  offsetText: string;
}

/**
 * Reads 'YYYY-MM-DDTHH:mm[:ss[.sss]]' followed by 'Z' or '±hh:mm'. The offset is required: a local
 * time without one would depend on the machine's time zone. Throws `ClockError` `INVALID_DATETIME`.
 */
export function parseDateTime(s: string): ParsedDateTime {
  const match = typeof s === 'string' ? DATE_TIME.exec(s) : null;
  const fail = (): never => {
    throw new ClockError('INVALID_DATETIME', `not an ISO date-time with offset: ${String(s)}`);
  };
  if (match === null || !isValidDate(match[1])) return fail();
  const [, date, hh, mm, ss, fraction, offsetText] = match;
  const hours = Number(hh);
  const minutes = Number(mm);
  const seconds = Number(ss ?? '0');
  if (hours > 23 || minutes > 59 || seconds > 59) return fail();
  let offsetMinutes = 0;
  if (offsetText !== 'Z') {
    const offsetHours = Number(offsetText.slice(1, 3));
    const offsetMins = Number(offsetText.slice(4, 6));
    if (offsetHours > 23 || offsetMins > 59) return fail();
    offsetMinutes = (offsetText[0] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const millis = Number((fraction ?? '0').padEnd(3, '0'));
  const localMs = parseDate(date) * MS_PER_DAY + ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
  return { epochMs: localMs - offsetMinutes * MS_PER_MINUTE, offsetMinutes, offsetText };
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Writes an instant as 'YYYY-MM-DDTHH:mm:ss[.sss]' in the given offset. */
export function formatDateTime(epochMs: number, offsetMinutes: number, offsetText: string): string {
  const localMs = epochMs + offsetMinutes * MS_PER_MINUTE;
  const epochDay = Math.floor(localMs / MS_PER_DAY);
  const msOfDay = localMs - epochDay * MS_PER_DAY;
  const millis = msOfDay % 1000;
  const totalSeconds = (msOfDay - millis) / 1000;
  const time = `${pad(Math.floor(totalSeconds / 3600))}:${pad(Math.floor(totalSeconds / 60) % 60)}:${pad(totalSeconds % 60)}`;
  return `${formatDate(epochDay)}T${time}${millis === 0 ? '' : `.${pad(millis, 3)}`}${offsetText}`;
}

/** The epoch day of a date, or of a date-time's own date part (as written, in its offset). */
export function epochDayOfDatePart(s: string): number {
  if (typeof s === 'string' && s.length > 10) {
    parseDateTime(s);
    return parseDate(s.slice(0, 10));
  }
  return parseDate(s);
}
