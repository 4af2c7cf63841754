import { describe, expect, it } from 'vitest';
import { toJsonValue } from './to-json-value.ts';

describe('toJsonValue', () => {
  it('copies JSON data as it is', () => {
    const data = { a: [1, 'x', null, true], b: { c: { d: 0.5 } } };
    expect(toJsonValue(data)).toEqual(data);
    expect(toJsonValue(data)).not.toBe(data);
  });

  it('drops what JSON cannot hold, as JSON.stringify would, without throwing', () => {
    const weird = {
      u: undefined,
      f: () => 1,
      s: Symbol('x'),
      n: Number.NaN,
      i: Number.POSITIVE_INFINITY,
      big: 1n,
      list: [undefined, () => 1],
    };
    expect(toJsonValue(weird)).toEqual({ n: null, i: null, list: [null, null] });
    expect(toJsonValue(undefined)).toBeUndefined();
  });

  it('cuts cycles and very deep nesting to null', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(toJsonValue(cyclic)).toEqual({ a: 1, self: null });
    let deep: unknown = 'bottom';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(() => JSON.stringify(toJsonValue(deep))).not.toThrow();
  });

  it('drops __proto__ keys and keeps constructor as plain data', () => {
    const parsed = JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":1},"ok":1}');
    const copy = toJsonValue(parsed) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['constructor', 'ok']);
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('replaces lone surrogates by U+FFFD and keeps pairs', () => {
    expect(toJsonValue({ 'k\ud800': 'a\udc00b😀' })).toEqual({ 'k\ufffd': 'a\ufffdb😀' });
  });
});
