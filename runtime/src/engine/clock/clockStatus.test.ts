import { describe, expect, it } from 'vitest';
import cal2025 from '../../../../examples/calendars/2025.json' with { type: 'json' };
import cal2026 from '../../../../examples/calendars/2026.json' with { type: 'json' };
import { clockStatus } from './clockStatus.ts';
import { computeDeadline } from './computeDeadline.ts';
import { createWorkCalendar } from './createWorkCalendar.ts';
import { remainingWorkdays } from './remainingWorkdays.ts';
import { trafficLight } from './trafficLight.ts';

const calendar = createWorkCalendar([cal2025, cal2026]);

describe('remaining working days and the light (DOMAIN.md worked example)', () => {
  const { due } = computeDeadline({
    accepted: '2026-06-15',
    limit: { amount: 5, unit: 'workday' },
    calendar,
  });

  it('when a case due 2026-06-23 is looked at on 2026-06-18, 2 working days remain and it is green', () => {
    // Jun 19 (端午) and the weekend are not counted: Jun 22 and 23 remain.
    expect(clockStatus({ due, today: '2026-06-18', calendar })).toEqual({
      due: '2026-06-23',
      remaining: 2,
      light: 'green',
      provisional: [],
    });
  });

  it('when the same case is looked at on 2026-06-22, it is yellow', () => {
    expect(clockStatus({ due, today: '2026-06-22', calendar })).toMatchObject({
      remaining: 1,
      light: 'yellow',
    });
  });

  it('on its due day 0 working days remain and it is still yellow', () => {
    expect(clockStatus({ due, today: '2026-06-23', calendar })).toMatchObject({
      remaining: 0,
      light: 'yellow',
    });
  });

  it('when the same case is looked at on 2026-06-24, it is red with −1 remaining', () => {
    expect(clockStatus({ due, today: '2026-06-24', calendar })).toMatchObject({
      remaining: -1,
      light: 'red',
    });
  });

  it('turns yellow earlier when the item sets a higher warning threshold', () => {
    expect(clockStatus({ due, today: '2026-06-18', calendar, yellowAt: 2 }).light).toBe('yellow');
  });
});

describe('remainingWorkdays', () => {
  it('counts an hour deadline by its date part', () => {
    expect(remainingWorkdays('2026-06-23T17:00:00+08:00', '2026-06-22', calendar)).toBe(1);
    expect(remainingWorkdays('2026-06-23T17:00:00+08:00', '2026-06-24', calendar)).toBe(-1);
  });

  it('counts a make-up Saturday and skips the National Day week', () => {
    expect(remainingWorkdays('2026-10-13', '2026-09-30', calendar)).toBe(5);
  });

  it('reports the uncovered years the count went through as provisional', () => {
    expect(clockStatus({ due: '2027-01-04', today: '2026-12-30', calendar })).toEqual({
      due: '2027-01-04',
      remaining: 3,
      light: 'green',
      provisional: ['2027'],
    });
  });
});

describe('trafficLight', () => {
  it('is green above the threshold, yellow from it down to 0, red below 0', () => {
    expect([3, 2, 1, 0, -1].map((r) => trafficLight(r))).toEqual([
      'green',
      'green',
      'yellow',
      'yellow',
      'red',
    ]);
    expect([3, 2, 1, 0, -1].map((r) => trafficLight(r, { yellowAt: 2 }))).toEqual([
      'green',
      'yellow',
      'yellow',
      'yellow',
      'red',
    ]);
    expect(trafficLight(1, { yellowAt: 0 })).toBe('green');
  });

  it('refuses a negative threshold', () => {
    expect(() => trafficLight(1, { yellowAt: -1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_DURATION' }),
    );
  });
});
