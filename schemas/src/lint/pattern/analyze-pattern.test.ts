import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePattern, isSafePattern } from './analyze-pattern.ts';

describe('isSafePattern', () => {
  it.each([
    ['mobile', String.raw`^1[3-9]\d{9}$`],
    ['resident ID', String.raw`^\d{17}[\dXx]$`],
    ['USCC', String.raw`^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$`],
    ['date', String.raw`^\d{4}-\d{2}-\d{2}$`],
    ['postcode', String.raw`^\d{6}$`],
    ['IPv4', String.raw`^(\d{1,3}\.){3}\d{1,3}$`],
    ['email', String.raw`^[\w.+-]+@[\w-]+(\.[\w-]+)+$`],
    ['Chinese name with middle dot', String.raw`^[\u4e00-\u9fa5]+(·[\u4e00-\u9fa5]+)*$`],
    ['Han script by property', String.raw`^\p{Script=Han}{2,20}(·\p{Script=Han}+)*$`],
    ['URL', String.raw`^https?://[^\s/$.?#].[^\s]*$`],
    // nested quantifiers, but every iteration ends in a dot the inner loop cannot eat: linear
    ['dotted labels', String.raw`^([a-z0-9]+\.)*[a-z]+$`],
    // two overlapping loops in a row: quadratic, accepted (MAX_SAFE_DEGREE)
    ['code with a leading alphanumeric', '^[A-Za-z0-9]+[A-Za-z0-9_-]*$'],
    ['lookahead', String.raw`^(?=.*\d)[A-Za-z\d]{8,}$`],
  ])('accepts %s: %s', (_, pattern) => {
    expect(isSafePattern(pattern)).toBe(true);
  });

  it.each([
    '^(a+)+$',
    '(x+x+)+y',
    '(a|a)*',
    '(a+)+',
    String.raw`(\d+)*$`,
    '(.*a){10}',
    '^(a*)*$',
    '^(a?b?)*$',
    '(a|aa)+$',
    String.raw`^(\w+\s?)*$`,
    '^(?:(?:|)b){2,}$',
    '^(?:(?:a?)+b)*$',
    '^(?:a|a){40}$',
    '(?=(a+)+b)',
    String.raw`^([a-zA-Z0-9])(([\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$`,
  ])('refuses %s: exponential backtracking', (pattern) => {
    expect(analyzePattern(pattern)).toEqual({ safe: false, reason: 'exponential' });
  });

  it.each([
    ['.*a.*a.*a', 3],
    [String.raw`^\d+\d+\d+$`, 3],
    [String.raw`^\d{0,9}\d{0,9}\d{0,9}\d{0,9}$`, 4],
  ])('refuses %s: time to the power %i of the input', (pattern, degree) => {
    expect(analyzePattern(pattern)).toEqual({ safe: false, reason: 'polynomial', degree });
  });

  it.each([String.raw`(a)\1`, String.raw`(?<x>a)\k<x>`])('refuses the backreference in %s', (pattern) => {
    expect(analyzePattern(pattern)).toEqual({ safe: false, reason: 'backreference' });
  });

  it.each(['(', '[z-a]', 'a{2,1}', String.raw`\p{NoSuchProperty}`, String.raw`\-`])(
    'refuses %s, which does not compile with the u flag',
    (pattern) => {
      expect(analyzePattern(pattern)).toMatchObject({ safe: false, reason: 'syntax' });
    },
  );

  it('refuses what is too long to analyse', () => {
    expect(analyzePattern('x'.repeat(600))).toEqual({ safe: false, reason: 'too-complex' });
    expect(analyzePattern('a'.repeat(1001))).toEqual({ safe: false, reason: 'too-complex' });
  });

  it('refuses a value that is not a string', () => {
    expect(isSafePattern(42 as unknown as string)).toBe(false);
  });

  it('patterns it accepts stay fast on inputs built to make them backtrack', () => {
    const atom = fc.constantFrom('a', 'b', '[ab]', '.', 'a?', '', '(?=a)');
    const { node } = fc.letrec<{ node: string; pair: [string, string] }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        atom,
        tie('pair').map(([x, y]) => `${x}${y}`),
        tie('pair').map(([x, y]) => `(?:${x}|${y})`),
        fc
          .tuple(tie('node'), fc.constantFrom('*', '+', '?', '{2}', '{0,3}', '{2,}', '*?'))
          .map(([x, q]) => `(?:${x})${q}`),
      ),
      pair: fc.tuple(tie('node'), tie('node')),
    }));
    const pumps = ['a', 'b', 'ab', 'aab', 'aba'].map((w) => `${w.repeat(Math.ceil(36 / w.length))}!`);
    fc.assert(
      fc.property(node, (body) => {
        const pattern = `^${body}$`;
        if (!isSafePattern(pattern)) return true;
        const regex = new RegExp(pattern, 'u');
        const start = performance.now();
        for (const input of pumps) regex.test(input);
        // exponential backtracking on 36 characters takes seconds; safe patterns take microseconds
        return performance.now() - start < 250;
      }),
      { numRuns: 1500, seed: 20260601 },
    );
  });
});
