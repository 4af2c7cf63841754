import { describe, expect, it } from 'vitest';
import cal2025 from '../../../../examples/calendars/2025.json' with { type: 'json' };
import cal2026 from '../../../../examples/calendars/2026.json' with { type: 'json' };
import { createWorkCalendar } from './createWorkCalendar.ts';
import { ClockError } from './errors.ts';
import { validateCalendarData } from './validateCalendarData.ts';

const calendar = createWorkCalendar([cal2025, cal2026]);

describe('createWorkCalendar', () => {
  it('treats National Day 2026 (Oct 1–7) as days off and its make-up Saturday and Sunday as workdays', () => {
    for (let day = 1; day <= 7; day++) expect(calendar.isWorkday(`2026-10-0${day}`)).toBe(false);
    expect(calendar.isWorkday('2026-10-08')).toBe(true);
    expect(calendar.isWorkday('2026-10-10')).toBe(true);
    expect(calendar.isWorkday('2026-09-20')).toBe(true);
    expect(calendar.isWorkday('2026-10-11')).toBe(false);
  });

  it('knows 端午 2026 (Fri Jun 19) and an ordinary weekend', () => {
    expect(calendar.isWorkday('2026-06-18')).toBe(true);
    expect(calendar.isWorkday('2026-06-19')).toBe(false);
    expect(calendar.isWorkday('2026-06-13')).toBe(false);
    expect(calendar.isWorkday('2026-06-22')).toBe(true);
  });

  it('knows the Spring Festival holidays and make-up days of 2025 and 2026', () => {
    expect(calendar.isWorkday('2025-01-26')).toBe(true);
    expect(calendar.isWorkday('2025-01-28')).toBe(false);
    expect(calendar.isWorkday('2025-02-04')).toBe(false);
    expect(calendar.isWorkday('2025-02-08')).toBe(true);
    expect(calendar.isWorkday('2026-02-14')).toBe(true);
    expect(calendar.isWorkday('2026-02-23')).toBe(false);
    expect(calendar.isWorkday('2026-02-28')).toBe(true);
  });

  it('counts Monday to Friday as workdays in a year it does not cover, and says it does not cover it', () => {
    expect(calendar.covers(2026)).toBe(true);
    expect(calendar.covers(2027)).toBe(false);
    expect(calendar.years()).toEqual([2025, 2026]);
    expect(calendar.isWorkday('2027-01-01')).toBe(true);
    expect(calendar.isWorkday('2027-01-02')).toBe(false);
    expect(calendar.isWorkday('2024-12-31')).toBe(true);
  });

  it('answers the same for a date string and its epoch day', () => {
    expect(calendar.isWorkdayAt(Date.UTC(2026, 9, 10) / 86_400_000)).toBe(true);
    expect(calendar.isWorkdayAt(Date.UTC(2026, 9, 1) / 86_400_000)).toBe(false);
  });

  it('works with no year at all, as Mon–Fri', () => {
    const empty = createWorkCalendar([]);
    expect(empty.years()).toEqual([]);
    expect(empty.isWorkday('2026-10-01')).toBe(true);
  });

  it('refuses a year given twice or a date outside its year', () => {
    expect(() => createWorkCalendar([cal2026, cal2026])).toThrow(ClockError);
    const wrong = { year: 2026, holidays: [{ date: '2025-10-01' }], workdays: [] };
    expect(() => createWorkCalendar([wrong])).toThrow(expect.objectContaining({ code: 'INVALID_CALENDAR' }));
  });

  it('counts 248 working days in each of 2025 and 2026', () => {
    const dates = Array.from({ length: 730 }, (_, i) =>
      new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10),
    );
    expect(dates.filter((d) => d.startsWith('2025') && calendar.isWorkday(d))).toHaveLength(248);
    expect(dates.filter((d) => d.startsWith('2026') && calendar.isWorkday(d))).toHaveLength(248);
  });
});

describe('validateCalendarData', () => {
  it('finds nothing wrong in the shipped 2025 and 2026 calendars', () => {
    expect(validateCalendarData(cal2025)).toEqual([]);
    expect(validateCalendarData(cal2026)).toEqual([]);
  });

  it('reports, with a JSON pointer, a weekday make-up day, a day both off and on, and an unreal date', () => {
    const issues = validateCalendarData({
      year: 2026,
      holidays: [{ date: '2026-10-10' }, { date: '2026-02-30' }],
      workdays: [{ date: '2026-10-09' }, { date: '2026-10-10' }],
    });
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['/holidays/1/date', 'invalid-date'],
      ['/workdays/0/date', 'workday-not-weekend'],
      ['/workdays/1/date', 'both-holiday-and-workday'],
    ]);
  });
});
