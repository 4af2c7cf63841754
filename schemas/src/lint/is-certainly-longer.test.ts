import { describe, expect, it } from 'vitest';
import type { Duration } from '../generated/types.ts';
import { isCertainlyLonger, maxNaturalDaysOf } from './is-certainly-longer.ts';

const d = (amount: number, unit: Duration['unit']): Duration => ({ amount, unit });

describe('isCertainlyLonger', () => {
  it.each([
    // same unit: by amount
    [d(6, 'workday'), d(5, 'workday'), true],
    [d(5, 'workday'), d(5, 'workday'), false],
    // a working day is at least a natural day
    [d(6, 'workday'), d(5, 'day'), true],
    [d(5, 'workday'), d(5, 'day'), false],
    // 5 working days span at most 5 × 7/5 + 14 = 21 natural days
    [d(22, 'day'), d(5, 'workday'), true],
    [d(21, 'day'), d(5, 'workday'), false],
    [d(8, 'day'), d(5, 'workday'), false],
    // hours and natural days convert exactly
    [d(25, 'hour'), d(1, 'day'), true],
    [d(24, 'hour'), d(1, 'day'), false],
    [d(2, 'day'), d(47, 'hour'), true],
    [d(2, 'workday'), d(47, 'hour'), true],
    [d(16 * 24, 'hour'), d(1, 'workday'), false],
    [d(16 * 24 + 1, 'hour'), d(1, 'workday'), true],
    // anything positive is longer than zero
    [d(1, 'day'), d(0, 'workday'), true],
    [d(0, 'hour'), d(0, 'day'), false],
  ])('%j longer than %j: %s', (a, b, longer) => {
    expect(isCertainlyLonger(a, b)).toBe(longer);
  });
});

describe('maxNaturalDaysOf', () => {
  it('bounds working days by weekends, a golden week, and 14 more days per 200 working days', () => {
    expect(maxNaturalDaysOf(5)).toBe(21);
    expect(maxNaturalDaysOf(20)).toBe(42);
    expect(maxNaturalDaysOf(60)).toBe(98);
    expect(maxNaturalDaysOf(250)).toBe(378);
  });

  it('holds for the 2026 calendar: accepted before 春节, 1 working day takes 10 natural days', () => {
    // accepted Sat 2026-02-14 (a make-up workday); Feb 15–23 are off; the next working day is Feb 24
    expect(maxNaturalDaysOf(1)).toBeGreaterThanOrEqual(10);
  });
});
