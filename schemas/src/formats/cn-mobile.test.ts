import { describe, expect, it } from 'vitest';
import { isCnMobile } from './cn-mobile.ts';

describe('isCnMobile', () => {
  it('accepts 11 digits starting 13 to 19', () => {
    for (const n of [
      '13800138000',
      '14500000000',
      '15912345678',
      '16612345678',
      '17700000000',
      '19912345678',
    ]) {
      expect(isCnMobile(n)).toBe(true);
    }
  });

  it('rejects 10 and 12 digits, a second digit below 3, and numbers with +86 or spaces', () => {
    for (const n of [
      '1380013800',
      '138001380000',
      '12345678901',
      '10000000000',
      '+8613800138000',
      '138 0013 8000',
      '',
    ]) {
      expect(isCnMobile(n)).toBe(false);
    }
  });
});
