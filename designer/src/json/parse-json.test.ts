import { describe, expect, it } from 'vitest';
import { lineColumnOf, parseJson } from './parse-json.ts';

describe('parseJson', () => {
  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it('says on which line and column malformed JSON breaks', () => {
    const text = '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}';
    const parsed = parseJson(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problem.line).toBe(4);
    expect(parsed.problem.column).toBe(3);
    expect(parsed.problem.detail).not.toBe('');
  });

  it('places an unexpected end at the end of the text', () => {
    const parsed = parseJson('{\n  "a": [1,');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect([parsed.problem.line, parsed.problem.column]).toEqual([2, 11]);
  });
});

describe('lineColumnOf', () => {
  it('counts lines and columns from 1', () => {
    expect(lineColumnOf('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumnOf('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
