import { describe, expect, it } from 'vitest';
import { compareLimits } from './compare-limits.ts';

describe('compareLimits', () => {
  it('compares limits of one unit by amount, with the reduction rate', () => {
    expect(compareLimits({ amount: 5, unit: 'workday' }, { amount: 20, unit: 'workday' })).toEqual({
      kind: 'within',
      saved: 15,
      rate: 75,
    });
    expect(compareLimits({ amount: 3, unit: 'day' }, { amount: 3, unit: 'day' })).toEqual({ kind: 'equal' });
    expect(compareLimits({ amount: 6, unit: 'hour' }, { amount: 5, unit: 'hour' })).toEqual({
      kind: 'exceeds',
    });
  });

  it('is sure across units only where no calendar could change the answer', () => {
    // 15 working days last at most 35 natural days: within 60 days whatever the holidays
    expect(compareLimits({ amount: 15, unit: 'workday' }, { amount: 60, unit: 'day' })).toEqual({
      kind: 'withinUnits',
      most: 35,
      least: 60,
    });
    // a working day lasts at least a natural day
    expect(compareLimits({ amount: 6, unit: 'workday' }, { amount: 5, unit: 'day' })).toEqual({
      kind: 'exceeds',
    });
    // 8 natural days against 5 working days: the calendar decides
    expect(compareLimits({ amount: 8, unit: 'day' }, { amount: 5, unit: 'workday' })).toEqual({
      kind: 'uncertain',
    });
  });
});
