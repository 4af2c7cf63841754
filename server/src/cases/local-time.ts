/**
 * Local wall-clock time in the centre's time zone. Deadlines are local dates (Asia/Shanghai by default);
 * hour limits need a local date-time with its offset, which the engine's clock keeps in its answer.
 */

// Pure functions of the time zone (per process, nothing a store or another process could change).
const formatters = new Map<string, Intl.DateTimeFormat>();
const MS_PER_HOUR = 3_600_000;

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

// Offsets change only at whole-hour-aligned transitions (DST), so one lookup per zone and UTC hour
// suffices: Intl's formatToParts costs tens of microseconds, on every request otherwise.
const offsets = new Map<string, { hour: number; minutes: number }>();

function offsetMinutes(ms: number, timeZone: string): number {
  const hour = Math.floor(ms / MS_PER_HOUR);
  const hit = offsets.get(timeZone);
  if (hit?.hour === hour) return hit.minutes;
  const at = hour * MS_PER_HOUR;
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(at))) parts[p.type] = p.value;
  const wall = Date.parse(
    `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}Z`,
  );
  const minutes = Math.round((wall - at) / 60_000);
  offsets.set(timeZone, { hour, minutes });
  return minutes;
}

/** `2026-11-30T10:15:00+08:00`: the instant as the centre's wall clock shows it, with the offset. */
export function localDateTime(instant: Date, timeZone: string): string {
  const ms = Math.floor(instant.getTime() / 1000) * 1000;
  const minutes = offsetMinutes(ms, timeZone);
  const wall = new Date(ms + minutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(minutes);
  const sign = minutes < 0 ? '-' : '+';
  return `${wall}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The local date ('YYYY-MM-DD') of an instant. */
export function localDate(instant: Date | string, timeZone: string): string {
  return localDateTime(typeof instant === 'string' ? new Date(instant) : instant, timeZone).slice(0, 10);
}

/** The instant at which a local date begins (for "received before today" queries). */
export function startOfLocalDay(day: string, timeZone: string): string {
  // The offset at noon of that day is the day's offset everywhere but across a DST change at midnight.
  const noon = new Date(`${day}T12:00:00Z`);
  const offset = localDateTime(noon, timeZone).slice(19);
  return new Date(`${day}T00:00:00${offset}`).toISOString();
}
