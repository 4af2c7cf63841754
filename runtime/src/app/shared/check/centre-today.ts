/** The centres' time zone (DOMAIN.md: dates are local to the centre). */
export const CENTRE_TIME_ZONE = 'Asia/Shanghai';

/** Today's date in the centre's time zone, `YYYY-MM-DD` (the engine never reads the clock itself). */
export function centreToday(now: Date = new Date(), timeZone: string = CENTRE_TIME_ZONE): string {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}
