import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asJsonValue, hasLoneSurrogateByLoop, toJsonValue, wellFormed } from './to-json-value.ts';

/** `values` with a hole at `at`, as `[1, , 3]` would write it. */
const holey = (values: unknown[], at: number): unknown[] => {
  const array = [...values];
  Reflect.deleteProperty(array, at);
  return array;
};

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

describe('lone surrogates', () => {
  /** Strings of UTF-16 code units, surrogates and their neighbours often among them. */
  const codeUnits = fc
    .array(fc.oneof(fc.integer({ min: 0xd7fe, max: 0xe001 }), fc.integer({ min: 0, max: 0xffff })), {
      maxLength: 12,
    })
    .map((units) => String.fromCharCode(...units));
  const native = (s: string) => (s as string & { isWellFormed(): boolean }).isWellFormed();

  it('the portable reading finds a lone surrogate exactly where the native isWellFormed does', () => {
    fc.assert(fc.property(codeUnits, (s) => hasLoneSurrogateByLoop(s) === !native(s)));
  });

  it('wellFormed replaces exactly the lone surrogates, as the native toWellFormed does', () => {
    const toWellFormed = (s: string) => (s as string & { toWellFormed(): string }).toWellFormed();
    fc.assert(fc.property(codeUnits, (s) => wellFormed(s) === toWellFormed(s)));
  });
});

describe('asJsonValue', () => {
  it('hands back JSON data itself, with no copy', () => {
    const parsed = JSON.parse('{"a":[1,"x",null,true,{"b":-0.5}],"c":{"d":"张三😀"},"e":[]}');
    expect(asJsonValue(parsed)).toBe(parsed);
    const literal = { a: [1, 2], b: { c: 'x' } };
    expect(asJsonValue(literal)).toBe(literal);
  });

  class Person {
    name = '张三';
  }
  const hidden = Object.defineProperty({ a: 1 }, 'secret', { value: 2, enumerable: false });
  const withExtra = Object.assign([1, 2], { extra: 3 });
  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = cyclic;
  let deep: unknown = 'bottom';
  for (let i = 0; i < 100; i++) deep = [deep];

  it.each([
    ['undefined inside', { a: undefined }],
    ['a function', { f: () => 1 }],
    ['NaN', { n: Number.NaN }],
    ['Infinity in an array', [Number.POSITIVE_INFINITY]],
    ['a hole', holey([1, 2, 3], 1)],
    ['an array with an extra key', withExtra],
    ['a non-enumerable property', hidden],
    ['a class instance', { p: new Person() }],
    ['a Date', { d: new Date(0) }],
    ['a null-prototype object', Object.create(null)],
    ['a lone surrogate in a value', { a: 'x\ud800' }],
    ['a lone surrogate in a key', { 'k\udc00': 1 }],
    ['an own __proto__ key', JSON.parse('{"__proto__":{"x":1}}')],
    ['a cycle', cyclic],
    ['nesting deeper than 64 levels', deep],
  ])('copies data with %s, exactly as toJsonValue does', (_, value) => {
    const result = asJsonValue(value);
    expect(result).not.toBe(value);
    expect(result).toStrictEqual(toJsonValue(value));
  });

  it('equals toJsonValue for anything, copied or not', () => {
    const anything = fc.anything({
      withBoxedValues: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      stringUnit: 'binary',
    });
    fc.assert(
      fc.property(anything, (value) => {
        expect(asJsonValue(value)).toStrictEqual(toJsonValue(value));
      }),
      { numRuns: 1000, seed: 2026 },
    );
  });
});
