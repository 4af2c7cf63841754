import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonSyntaxProblem } from './find-json-syntax-problem.ts';

const parses = (text: string): boolean => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/** Small JSON-ish texts: real JSON, cut short, with a character changed, or just tokens thrown together. */
const texts = fc.oneof(
  fc.jsonValue().map((v) => JSON.stringify(v, null, 1)),
  fc
    .tuple(
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.nat(),
      fc.string({ maxLength: 2 }),
    )
    .map(
      ([json, at, insert]) =>
        json.slice(0, at % (json.length + 1)) + insert + json.slice((at % (json.length + 1)) + 1),
    ),
  fc
    .array(
      fc.constantFrom(
        '{',
        '}',
        '[',
        ']',
        ',',
        ':',
        '"a"',
        '1',
        '-',
        '0.5e3',
        'true',
        'nul',
        ' ',
        '\n',
        '"\\u12"',
        '"\\x"',
      ),
      {
        maxLength: 12,
      },
    )
    .map((tokens) => tokens.join('')),
);

describe('findJsonSyntaxProblem', () => {
  it('finds a problem exactly when JSON.parse refuses the text', () => {
    fc.assert(
      fc.property(texts, (text) => (findJsonSyntaxProblem(text, 1000) === null) === parses(text)),
      { numRuns: 3000 },
    );
  });

  it('points at the line and column where the text breaks', () => {
    expect(findJsonSyntaxProblem('{\n  "a": 1,\n  "b": }', 64)).toMatchObject({
      line: 3,
      column: 8,
      offset: 19,
    });
    expect(findJsonSyntaxProblem('[1, 2', 64)).toMatchObject({
      line: 1,
      column: 6,
      reason: expect.stringMatching(/ends too early/),
    });
    expect(findJsonSyntaxProblem('{"a": "x\ty"}', 64)?.reason).toMatch(/control character/);
  });

  it('refuses nesting deeper than the limit, and accepts it up to the limit', () => {
    expect(findJsonSyntaxProblem(`${'['.repeat(64)}${']'.repeat(64)}`, 64)).toBeNull();
    expect(findJsonSyntaxProblem(`${'['.repeat(65)}${']'.repeat(65)}`, 64)?.reason).toMatch(/deeper than 64/);
    expect(findJsonSyntaxProblem(`${'{"a":'.repeat(100_000)}`, 64)?.offset).toBe(64 * 5);
  });
});
