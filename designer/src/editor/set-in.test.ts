import { describe, expect, it } from 'vitest';
import { getIn, pathToPointer, pointerToPath, setIn, updateIn } from './set-in.ts';

describe('setIn', () => {
  const base = { a: { b: [1, 2, 3], c: { d: 'x' } }, e: { f: 1 } };

  it('copies only along the path and shares the rest', () => {
    const next = setIn(base, ['a', 'c', 'd'], 'y');
    expect(next.a.c.d).toBe('y');
    expect(base.a.c.d).toBe('x');
    expect(next.e).toBe(base.e);
    expect(next.a.b).toBe(base.a.b);
  });

  it('returns the same object when the value is unchanged', () => {
    expect(setIn(base, ['a', 'c', 'd'], 'x')).toBe(base);
    expect(setIn(base, ['a', 'missing'], undefined)).toBe(base);
  });

  it('sets array elements, removes keys and array elements with undefined', () => {
    expect(setIn(base, ['a', 'b', 1], 9).a.b).toEqual([1, 9, 3]);
    expect(setIn(base, ['a', 'b', 0], undefined).a.b).toEqual([2, 3]);
    const removed = setIn(base, ['e', 'f'], undefined);
    expect(removed.e).toEqual({});
    expect('f' in removed.e).toBe(false);
  });

  it('creates missing containers: arrays for numeric keys, objects otherwise', () => {
    const next = setIn({} as Record<string, unknown>, ['list', 0, 'name'], 'n');
    expect(next).toEqual({ list: [{ name: 'n' }] });
  });

  it('updateIn applies a function to the current value', () => {
    expect(updateIn(base, ['e', 'f'], (v) => (v as number) + 1).e.f).toBe(2);
    expect(getIn(base, ['a', 'b', 2])).toBe(3);
    expect(getIn(base, ['a', 'zz', 'q'])).toBeUndefined();
  });
});

describe('JSON pointers', () => {
  it('round-trip paths, escaping ~ and /, with numbers for indices', () => {
    expect(pointerToPath('/rules/3/conditions/all/0')).toEqual(['rules', 3, 'conditions', 'all', 0]);
    expect(pointerToPath('')).toEqual([]);
    expect(pointerToPath('/a~1b/c~0d/01')).toEqual(['a/b', 'c~d', '01']);
    expect(pathToPointer(['a/b', 'c~d', 2])).toBe('/a~1b/c~0d/2');
  });
});
