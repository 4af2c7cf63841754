import { CENTRE_TIME_ZONE } from '@onewindow/runtime/app';

const dayOf = (date: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: CENTRE_TIME_ZONE, dateStyle: 'short' }).format(date);

/**
 * An instant as the centre's clock shows it: `HH:mm:ss` when it is today, `YYYY-MM-DD HH:mm:ss`
 * otherwise (a draft last saved days ago). Unreadable input is returned as it is.
 */
export function formatSaveTime(instant: string, now: Date = new Date()): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const time = new Intl.DateTimeFormat('en-GB', {
    timeZone: CENTRE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
  const day = dayOf(date);
  return day === dayOf(now) ? time : `${day} ${time}`;
}
