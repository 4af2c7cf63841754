import { ValidationError } from '../../errors/index.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The compact day of a case number: '2026-11-29' → '20261129'; `ValidationError` for anything else. */
export function caseNumberDay(day: string): string {
  const m = DAY.exec(day);
  if (!m || Number.isNaN(Date.parse(`${day}T00:00:00Z`))) {
    throw new ValidationError(`Not a day (YYYY-MM-DD): ${JSON.stringify(day)}`, { code: 'BAD_DAY' });
  }
  return `${m[1]}${m[2]}${m[3]}`;
}

/** 办件编号: the compact day and the day's sequence, at least five digits: `2026112900001`. */
export function formatCaseNumber(compactDay: string, sequence: number): string {
  return `${compactDay}${String(sequence).padStart(5, '0')}`;
}
