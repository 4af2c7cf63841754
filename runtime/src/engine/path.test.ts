import { describe, expect, it } from 'vitest';
import { parsePath, resolvePath } from './path.ts';

const data = JSON.parse('{"a":{"b":[10,{"c":"deep"}]},"a/b":1,"x~y":2,"__proto__":{"own":true},"":"empty"}');

describe('resolvePath', () => {
  it('follows a JSON pointer, with ~1 for / and ~0 for ~', () => {
    expect(resolvePath(data, '/a/b/1/c')).toBe('deep');
    expect(resolvePath(data, '/a~1b')).toBe(1);
    expect(resolvePath(data, '/x~0y')).toBe(2);
    expect(resolvePath(data, '/')).toBe('empty');
    expect(parsePath('/~01')).toEqual(['~1']);
  });

  it('follows a dot path, array indexes included', () => {
    expect(resolvePath(data, 'a.b.0')).toBe(10);
    expect(resolvePath(data, 'a.b.1.c')).toBe('deep');
    expect(resolvePath(data, 'a.b.length')).toBe(2);
  });

  it('gives undefined for a missing step, a step through a primitive, or a path that is not a string', () => {
    expect(resolvePath(data, 'a.nope.c')).toBeUndefined();
    expect(resolvePath(data, '/a/b/0/c')).toBeUndefined();
    expect(resolvePath(data, 'a.b.2')).toBeUndefined();
    expect(resolvePath('text', '0')).toBeUndefined();
    expect(resolvePath(data, 5)).toBeUndefined();
    expect(resolvePath(null, 'a')).toBeUndefined();
  });

  it('never walks the prototype: constructor, toString and __proto__ resolve only when the data holds them', () => {
    expect(resolvePath({}, 'constructor')).toBeUndefined();
    expect(resolvePath({}, 'toString')).toBeUndefined();
    expect(resolvePath({}, '__proto__')).toBeUndefined();
    expect(resolvePath({}, '/__proto__/polluted')).toBeUndefined();
    expect(resolvePath([], 'map')).toBeUndefined();
    expect(resolvePath(data, '__proto__.own')).toBe(true);
  });

  it('resolves the empty path to the value itself', () => {
    expect(resolvePath(data, '')).toBe(data);
  });
});
