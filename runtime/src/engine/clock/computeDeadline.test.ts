import { describe, expect, it } from 'vitest';
import cal2025 from '../../../../examples/calendars/2025.json' with { type: 'json' };
import cal2026 from '../../../../examples/calendars/2026.json' with { type: 'json' };
import { addWorkdays } from './addWorkdays.ts';
import { computeDeadline } from './computeDeadline.ts';
import { createWorkCalendar } from './createWorkCalendar.ts';
import { diffDays } from './dates.ts';
import type { Pause } from './types.ts';

const calendar = createWorkCalendar([cal2025, cal2026]);
const workdays = (
  accepted: string,
  amount: number,
  pauses: Pause[] = [],
  extensions: { amount: number }[] = [],
) => computeDeadline({ accepted, limit: { amount, unit: 'workday' }, pauses, extensions, calendar });
const days = (accepted: string, amount: number, pauses: Pause[] = []) =>
  computeDeadline({ accepted, limit: { amount, unit: 'day' }, pauses, calendar });

describe('working-day deadlines (DOMAIN.md worked examples)', () => {
  it('when a case is accepted on 2026-09-30, 5 working days fall due on 2026-10-13 across National Day', () => {
    expect(workdays('2026-09-30', 5)).toEqual({ due: '2026-10-13', provisional: [], paused: false });
  });

  it('when a case is accepted on 2026-06-15, 5 working days fall due on 2026-06-23 because Jun 19 is 端午', () => {
    expect(workdays('2026-06-15', 5).due).toBe('2026-06-23');
  });

  it('does not count the acceptance day itself (民法典 §201)', () => {
    expect(workdays('2026-06-15', 1).due).toBe('2026-06-16');
    expect(addWorkdays('2026-06-15', 0, calendar)).toBe('2026-06-15');
  });

  it('counts a make-up Saturday (调休) as a working day', () => {
    expect(workdays('2026-02-27', 1).due).toBe('2026-02-28');
    expect(workdays('2026-10-09', 1).due).toBe('2026-10-10');
  });

  it('crosses Spring Festival 2025: accepted Fri 2025-01-24, 5 working days fall due on 2025-02-07', () => {
    expect(workdays('2025-01-24', 5).due).toBe('2025-02-07');
  });

  it('crosses Spring Festival 2026: accepted Thu 2026-02-12, 5 working days fall due on 2026-02-26', () => {
    expect(workdays('2026-02-12', 5).due).toBe('2026-02-26');
  });

  it('adds extensions to the amount (行政许可法 §42: 20 working days + 10)', () => {
    expect(workdays('2026-03-02', 20, [], [{ amount: 10 }])).toEqual(workdays('2026-03-02', 30));
    expect(workdays('2026-03-02', 20, [], [{ amount: 10 }]).due).toBe('2026-04-14');
  });
});

describe('pauses of a working-day deadline', () => {
  it('when a supplement pauses the clock for 3 working days, the deadline moves by exactly 3 working days', () => {
    const unpaused = workdays('2026-06-01', 10).due;
    // Suspended Wed Jun 3, resumed Mon Jun 8: Jun 4, 5 and 8 are not counted.
    const paused = workdays('2026-06-01', 10, [{ from: '2026-06-03', to: '2026-06-08' }]);
    expect(unpaused).toBe('2026-06-15');
    expect(paused.due).toBe(addWorkdays(unpaused, 3, calendar));
    expect(paused.due).toBe('2026-06-18');
  });

  it('when a pause is resumed the day it began, the deadline does not move', () => {
    expect(workdays('2026-06-01', 10, [{ from: '2026-06-03', to: '2026-06-03' }]).due).toBe('2026-06-15');
  });

  it('when two pauses overlap, the days they share are removed once', () => {
    const overlapping = workdays('2026-06-01', 10, [
      { from: '2026-06-03', to: '2026-06-08' },
      { from: '2026-06-05', to: '2026-06-09' },
    ]);
    // Together they remove Jun 4, 5, 8, 9: four working days; Jun 19 is 端午.
    expect(overlapping.due).toBe('2026-06-22');
  });

  it('when a pause begins after the deadline has passed, the deadline does not move', () => {
    expect(workdays('2026-06-01', 10, [{ from: '2026-06-20', to: '2026-06-30' }]).due).toBe('2026-06-15');
  });

  it('while a pause is still open and today is known, it counts as paused through today', () => {
    const open = computeDeadline({
      accepted: '2026-06-01',
      limit: { amount: 10, unit: 'workday' },
      pauses: [{ from: '2026-06-03', to: null }],
      today: '2026-06-08',
      calendar,
    });
    expect(open).toEqual({ due: '2026-06-18', provisional: [], paused: true });
  });

  it('while a pause is still open and today is unknown, due is as if resumed the day it began', () => {
    expect(workdays('2026-06-01', 10, [{ from: '2026-06-03', to: null }])).toEqual({
      due: '2026-06-15',
      provisional: [],
      paused: true,
    });
  });

  it('refuses a pause that resumes before it begins', () => {
    expect(() => workdays('2026-06-01', 10, [{ from: '2026-06-08', to: '2026-06-03' }])).toThrow(
      expect.objectContaining({ code: 'INVALID_PAUSE' }),
    );
  });
});

describe('natural-day deadlines', () => {
  it('when 7 natural days from 2026-09-24 land on Oct 1, the deadline moves to 2026-10-08 (民法典 §203)', () => {
    expect(days('2026-09-24', 7)).toEqual({ due: '2026-10-08', provisional: [], paused: false });
  });

  it('moves a deadline landing on an ordinary Sunday to Monday, and one on a make-up Saturday stays', () => {
    expect(days('2026-06-07', 7).due).toBe('2026-06-15');
    expect(days('2026-10-03', 7).due).toBe('2026-10-10');
  });

  it('when a natural-day clock is paused from S to R, the deadline moves by R − S days', () => {
    const unpaused = days('2026-03-02', 10).due;
    const paused = days('2026-03-02', 10, [{ from: '2026-03-04', to: '2026-03-09' }]).due;
    expect(unpaused).toBe('2026-03-12');
    expect(diffDays(paused, unpaused)).toBe(5);
  });

  it('crosses Spring Festival 2026: 7 days from 2026-02-10 land on Feb 17 and move to 2026-02-24', () => {
    expect(days('2026-02-10', 7).due).toBe('2026-02-24');
  });

  it('adds extensions in natural days', () => {
    const extended = computeDeadline({
      accepted: '2026-03-02',
      limit: { amount: 20, unit: 'day' },
      extensions: [{ amount: 10 }],
      calendar,
    });
    expect(extended.due).toBe('2026-04-01');
  });
});

describe('years the calendar does not cover', () => {
  it('when a deadline runs into 2027, it counts Mon–Fri and reports provisional: ["2027"]', () => {
    // Fri 2027-01-01 is counted as a working day: the 2027 arrangement is not in the calendar.
    expect(workdays('2026-12-28', 5)).toEqual({ due: '2027-01-04', provisional: ['2027'], paused: false });
  });

  it('reports a natural-day deadline as provisional only when its landing day is in an uncovered year', () => {
    expect(days('2026-12-20', 30)).toEqual({ due: '2027-01-19', provisional: ['2027'], paused: false });
    expect(days('2026-12-20', 5).provisional).toEqual([]);
  });

  it('reports every uncovered year it went through, in order', () => {
    expect(workdays('2024-12-20', 600).provisional).toEqual(['2024', '2027']);
  });
});

describe('hour deadlines', () => {
  const hours = (accepted: string, amount: number, pauses: Pause[] = [], today?: string) =>
    computeDeadline({ accepted, limit: { amount, unit: 'hour' }, pauses, calendar, today });

  it('counts wall-clock hours, holidays included, and writes the due in the offset of acceptance', () => {
    expect(hours('2026-09-30T10:00:00+08:00', 48)).toEqual({
      due: '2026-10-02T10:00:00+08:00',
      provisional: [],
      paused: false,
    });
    expect(hours('2026-06-15T23:30Z', 1).due).toBe('2026-06-16T00:30:00Z');
  });

  it('when the clock is paused for two and a half hours, the due moves by two and a half hours', () => {
    const paused = hours('2026-06-15T09:30:00+08:00', 24, [
      { from: '2026-06-15T12:00:00+08:00', to: '2026-06-15T14:30:00+08:00' },
    ]);
    expect(paused.due).toBe('2026-06-16T12:00:00+08:00');
  });

  it('counts an open pause up to a today given as a date-time', () => {
    const open = hours(
      '2026-06-15T09:30:00+08:00',
      24,
      [{ from: '2026-06-15T12:00:00+08:00', to: null }],
      '2026-06-15T13:00:00+08:00',
    );
    expect(open).toEqual({ due: '2026-06-16T10:30:00+08:00', provisional: [], paused: true });
  });

  it('refuses a date-time without an offset, which would depend on the machine time zone', () => {
    expect(() => hours('2026-06-15T09:30:00', 24)).toThrow(
      expect.objectContaining({ code: 'INVALID_DATETIME' }),
    );
    expect(() => hours('2026-06-15', 24)).toThrow(expect.objectContaining({ code: 'INVALID_DATETIME' }));
  });
});

describe('malformed limits', () => {
  it('refuses a negative or fractional amount and an unknown unit', () => {
    expect(() => workdays('2026-06-01', -1)).toThrow(expect.objectContaining({ code: 'INVALID_DURATION' }));
    expect(() => workdays('2026-06-01', 1, [], [{ amount: 0.5 }])).toThrow(
      expect.objectContaining({ code: 'INVALID_DURATION' }),
    );
    const bad = { amount: 1, unit: 'week' } as unknown as { amount: number; unit: 'day' };
    expect(() => computeDeadline({ accepted: '2026-06-01', limit: bad, calendar })).toThrow(
      expect.objectContaining({ code: 'INVALID_DURATION' }),
    );
  });
});
