import type { Locale } from '@onewindow/schemas';
import { CENTRE_TIME_ZONE } from './check/centre-today.ts';

/** An instant as the centre's local date and time (e.g. 2026-11-30 09:15). */
export function formatInstant(instant: string | null | undefined, locale: Locale): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-CA' : 'zh-CN', {
    timeZone: CENTRE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(date);
}

/** A date (`YYYY-MM-DD`) or date-time due as written, or the local date of an instant. */
export function formatDue(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : formatInstant(value, locale);
}

/** A date as a notice writes it: 2026年11月30日 (zh-CN) or 2026-11-30 (en); instants by the centre's date. */
export function formatNoticeDate(value: string | null | undefined, locale: Locale): string {
  if (!value) return '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value)
    ? value
    : new Intl.DateTimeFormat('en-CA', {
        timeZone: CENTRE_TIME_ZONE,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      }).format(new Date(value));
  if (locale === 'en') return day;
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
