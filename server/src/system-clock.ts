import type { Clock } from './deps.ts';

/** The local calendar date of an instant in a time zone, `YYYY-MM-DD`. */
export function localDate(instant: Date, timeZone: string): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * The wall clock, with today's date in the centre's time zone. `today()` is asked on every check and
 * receipt; formatting a date in a time zone costs microseconds, so the answer is kept for the rest of
 * the minute it was computed in (time-zone offsets only ever change on a minute boundary, so the
 * cached date is exact). `readMs` is injectable for tests.
 */
export function systemClock(timeZone: string, readMs: () => number = Date.now): Clock {
  const format = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  let minute = Number.NaN;
  let date = '';
  return {
    now: () => new Date(readMs()),
    today: () => {
      const ms = readMs();
      const current = Math.floor(ms / 60_000);
      if (current !== minute) {
        minute = current;
        date = format.format(ms);
      }
      return date;
    },
  };
}
