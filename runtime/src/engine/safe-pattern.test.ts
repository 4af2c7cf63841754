import { describe, expect, it } from 'vitest';
import { compileSafePattern, isValidPattern } from './safe-pattern.ts';

describe('compileSafePattern', () => {
  it('compiles a safe pattern once and reuses it', () => {
    expect(compileSafePattern('^4403')).toBeInstanceOf(RegExp);
    expect(compileSafePattern('^4403')).toBe(compileSafePattern('^4403'));
  });

  it.each(['(a+)+$', '(a|a)*', '(\\d*){2,}', '(a)\\1'])(
    'refuses %s, which the lint finds unsafe',
    (pattern) => {
      expect(compileSafePattern(pattern)).toBeNull();
    },
  );

  it('refuses a pattern that does not parse with the u flag', () => {
    expect(isValidPattern('[')).toBe(false);
    expect(isValidPattern('\\-')).toBe(false);
    expect(compileSafePattern('[')).toBeNull();
  });
});
