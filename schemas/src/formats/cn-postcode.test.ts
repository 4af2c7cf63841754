import { describe, expect, it } from 'vitest';
import { isCnPostcode } from './cn-postcode.ts';

describe('isCnPostcode', () => {
  it('accepts 6 digits', () => {
    expect(isCnPostcode('100000')).toBe(true);
    expect(isCnPostcode('518057')).toBe(true);
    expect(isCnPostcode('000000')).toBe(true);
  });

  it('rejects 5 or 7 digits, letters and surrounding spaces', () => {
    for (const s of ['10000', '1000000', '10000a', ' 100000', '100000 ', '']) {
      expect(isCnPostcode(s)).toBe(false);
    }
  });
});
