import { describe, expect, it } from 'vitest';
import { keepUnchanged } from './keep-unchanged.ts';

describe('keepUnchanged', () => {
  it('keeps the previous objects where the new data equals them, and the new ones where it does not', () => {
    const prev = {
      outcome: 'incomplete',
      rules: [
        { id: 'a', fired: false },
        { id: 'b', fired: true },
      ],
      fees: [],
    };
    const next = {
      outcome: 'accept',
      rules: [
        { id: 'a', fired: false },
        { id: 'b', fired: false },
      ],
      fees: [],
    };
    const kept = keepUnchanged(prev, next);
    expect(kept).toEqual(next);
    expect(kept).not.toBe(prev);
    expect(kept.rules[0]).toBe(prev.rules[0]);
    expect(kept.rules[1]).not.toBe(prev.rules[1]);
    expect(kept.fees).toBe(prev.fees);
  });

  it('answers the previous data itself when nothing changed, and notices added, removed and reordered parts', () => {
    const prev: Record<string, unknown> = { a: [1, 2], b: { c: 'x' } };
    expect(keepUnchanged(prev, { a: [1, 2], b: { c: 'x' } })).toBe(prev);
    expect(keepUnchanged(prev, { a: [1, 2], b: { c: 'x' }, d: 1 })).toEqual({
      a: [1, 2],
      b: { c: 'x' },
      d: 1,
    });
    expect(keepUnchanged(prev, { a: [1], b: { c: 'x' } })).toEqual({ a: [1], b: prev.b });
    expect(keepUnchanged(prev, { a: [2, 1], b: { c: 'x' } }).a).toEqual([2, 1]);
    expect(keepUnchanged(prev, { a: [2, 1], b: { c: 'x' } }).b).toBe(prev.b);
    expect(keepUnchanged<unknown>(prev, null)).toBeNull();
  });
});
