import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, diffDays, formatDate, isValidDate, parseDate } from './dates.ts';
import { ClockError } from './errors.ts';

describe('date helpers', () => {
  it('reads a date as whole UTC days since 1970-01-01 and writes it back', () => {
    expect(parseDate('1970-01-01')).toBe(0);
    expect(parseDate('2026-10-01')).toBe(Date.UTC(2026, 9, 1) / 86_400_000);
    expect(formatDate(parseDate('2026-02-28'))).toBe('2026-02-28');
    expect(formatDate(-1)).toBe('1969-12-31');
  });

  it('agrees with Date.UTC on every day from 1999 to 2101', () => {
    const disagreements: string[] = [];
    for (let t = Date.UTC(1999, 0, 1); t < Date.UTC(2101, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      const epochDay = t / 86_400_000;
      const agrees =
        parseDate(iso) === epochDay &&
        formatDate(epochDay) === iso &&
        dayOfWeek(iso) === new Date(t).getUTCDay();
      if (!agrees) disagreements.push(iso);
    }
    expect(disagreements).toEqual([]);
  });

  it('accepts only real YYYY-MM-DD dates', () => {
    expect(isValidDate('2024-02-29')).toBe(true);
    for (const bad of [
      '2026-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-1-01',
      '2026/01/01',
      '2026-01-01T00:00Z',
      20260101,
    ]) {
      expect(isValidDate(bad)).toBe(false);
    }
    expect(() => parseDate('2026-02-30')).toThrow(ClockError);
    expect(() => parseDate('2026-02-30')).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });

  it('adds and subtracts calendar days across months and years', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(diffDays('2026-10-08', '2026-10-01')).toBe(7);
    expect(diffDays('2026-10-01', '2026-10-08')).toBe(-7);
  });

  it('names the day of week with 0 for Sunday and 6 for Saturday', () => {
    expect(dayOfWeek('2026-10-10')).toBe(6);
    expect(dayOfWeek('2026-09-20')).toBe(0);
    expect(dayOfWeek('2026-06-19')).toBe(5);
  });
});
