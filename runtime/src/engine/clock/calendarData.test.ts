import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import cal2025 from '../../../../examples/calendars/2025.json' with { type: 'json' };
import cal2026 from '../../../../examples/calendars/2026.json' with { type: 'json' };
import schema from '../../../../schemas/holiday-calendar.schema.json' with { type: 'json' };
import { dayOfWeek } from './dates.ts';
import type { HolidayCalendarData } from './types.ts';

const shipped: [string, HolidayCalendarData][] = [
  ['2025', cal2025],
  ['2026', cal2026],
];

describe.each(shipped)('the shipped %s holiday calendar', (year, data) => {
  it('validates against schemas/holiday-calendar.schema.json', () => {
    const ajv = new Ajv({ strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  it('holds only dates of its own year and names its source', () => {
    expect(String(data.year)).toBe(year);
    expect(data.source).toContain(`国务院办公厅关于${year}年部分节假日安排的通知`);
    for (const { date } of [...data.holidays, ...data.workdays]) expect(date.slice(0, 4)).toBe(year);
  });

  it('declares make-up workdays (调休) only on Saturdays and Sundays', () => {
    for (const { date } of data.workdays) expect([0, 6]).toContain(dayOfWeek(date));
  });

  it('never lists a day both as a holiday and as a make-up workday', () => {
    const holidays = new Set(data.holidays.map((h) => h.date));
    expect(data.workdays.filter((w) => holidays.has(w.date))).toEqual([]);
  });
});

describe('the 2026 calendar matches the State Council notice', () => {
  const holidays = new Set(cal2026.holidays.map((h) => h.date));
  const workdays = cal2026.workdays.map((w) => w.date);

  it('gives Oct 1–7 off for National Day with Sun Sep 20 and Sat Oct 10 worked', () => {
    for (let day = 1; day <= 7; day++) expect(holidays.has(`2026-10-0${day}`)).toBe(true);
    expect(holidays.has('2026-10-08')).toBe(false);
    expect(workdays).toEqual(expect.arrayContaining(['2026-09-20', '2026-10-10']));
  });

  it('gives Jun 19 off for 端午 and counts 33 days off and 6 make-up days in all', () => {
    expect(cal2026.holidays.find((h) => h.date === '2026-06-19')?.name).toBe('端午节');
    expect(holidays.size).toBe(33);
    expect(workdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });
});

describe('the 2025 calendar matches the State Council notice', () => {
  it('gives Jan 28–Feb 4 off for Spring Festival and Oct 1–8 for National Day and Mid-Autumn', () => {
    const holidays = new Set(cal2025.holidays.map((h) => h.date));
    expect(holidays.has('2025-01-28') && holidays.has('2025-02-04') && holidays.has('2025-10-08')).toBe(true);
    expect(holidays.size).toBe(28);
    expect(cal2025.workdays.map((w) => w.date)).toEqual([
      '2025-01-26',
      '2025-02-08',
      '2025-04-27',
      '2025-09-28',
      '2025-10-11',
    ]);
  });
});
