import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonOfClean, hashJson, sha256Hex } from './hash.ts';

/** `values` with a hole at `at`, as `[1, , 3]` would write it. */
const holey = (values: unknown[], at: number): unknown[] => {
  const array = [...values];
  Reflect.deleteProperty(array, at);
  return array;
};

describe('canonicalJson', () => {
  it('writes the same text as the canonicalize package (RFC 8785) for any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(value)).toBe(canonicalize(value));
      }),
      { numRuns: 1000, seed: 8785 },
    );
  });

  it('sorts keys by UTF-16 code units and serializes numbers as ECMAScript does', () => {
    expect(
      canonicalJson({ b: 1, a: [true, null, 1e21, 0.1, -0], é: 'x', '\u20ac': 1, '\ud83d\ude00': 2 }),
    ).toBe('{"a":[true,null,1e+21,0.1,0],"b":1,"é":"x","€":1,"😀":2}');
  });

  it('orders integer-like keys as text and writes an own __proto__ key, as canonicalize does', () => {
    const tricky = { '10': 1, '9': 2, '': 3, a: { b: 1, a: 2 } };
    expect(canonicalJson(tricky)).toBe('{"":3,"10":1,"9":2,"a":{"a":2,"b":1}}');
    const proto = JSON.parse('{"b":{"__proto__":1,"a":2},"a":0}');
    expect(canonicalJson(proto)).toBe(canonicalize(proto));
  });

  it('is the same for equal data whatever the key order', () => {
    expect(canonicalJson({ x: { b: 2, a: 1 }, y: [1] })).toBe(canonicalJson({ y: [1], x: { a: 1, b: 2 } }));
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['undefined', undefined],
    ['a lone surrogate', '\ud800'],
    ['a function', () => 1],
  ])('refuses %s with code NOT_JSON', (_, value) => {
    expect(() => canonicalJson(value)).toThrow(expect.objectContaining({ code: 'NOT_JSON' }));
  });

  it('writes what canonicalize writes for anything it accepts, and refuses what it refuses', () => {
    // No sparse arrays: canonicalize maps over them and so drops holes, where JSON (and we) write null.
    const anything = fc.anything({
      withBoxedValues: true,
      withNullPrototype: true,
      withObjectString: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      stringUnit: 'binary',
    });
    fc.assert(
      fc.property(anything, (value) => {
        let expected: string | undefined;
        try {
          expected = canonicalize(value);
        } catch {
          expected = undefined;
        }
        if (expected === undefined) expect(() => canonicalJson(value)).toThrow();
        else expect(canonicalJson(value)).toBe(expected);
      }),
      { numRuns: 2000, seed: 8786 },
    );
  });

  it('takes the short way only when it writes the same text', () => {
    // Keys already in order and clean strings: JSON.stringify's own text is canonical.
    expect(canonicalJson({ a: { b: [1, 'x'] }, c: null })).toBe('{"a":{"b":[1,"x"]},"c":null}');
    // A backslash before "ud" in the text is not a lone surrogate.
    expect(canonicalJson({ path: 'C:\\udata' })).toBe('{"path":"C:\\\\udata"}');
    // A lone surrogate deep inside, in a value or a key, is refused wherever it is.
    expect(() => canonicalJson({ a: [{ b: 'x\ud800' }] })).toThrow(
      expect.objectContaining({ code: 'NOT_JSON' }),
    );
    expect(() => canonicalJson({ a: { 'k\udfff': 1 } })).toThrow(
      expect.objectContaining({ code: 'NOT_JSON' }),
    );
    // An own toJSON, a Date and a boxed string are written as canonicalize writes them.
    const own = { b: 1, toJSON: () => ({ z: 1, a: 2 }) };
    expect(canonicalJson({ own })).toBe('{"own":{"a":2,"z":1}}');
    expect(canonicalJson({ d: new Date(0) })).toBe('{"d":"1970-01-01T00:00:00.000Z"}');
    expect(canonicalJson([Object('ab')])).toBe(canonicalize([Object('ab')]));
    // A hole is null, as JSON.stringify writes it.
    expect(canonicalJson(holey([1, 2, 3], 1))).toBe('[1,null,3]');
  });

  it('refuses a cycle', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(expect.objectContaining({ code: 'NOT_JSON' }));
  });
});

describe('canonicalJsonOfClean', () => {
  it('writes what canonicalize writes for any JSON value, keys in order or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJsonOfClean(value as never)).toBe(canonicalize(value));
      }),
      { numRuns: 1000, seed: 8785 },
    );
  });

  it('sorts nested keys that are out of order, integer-like ones included', () => {
    expect(canonicalJsonOfClean({ a: [{ z: 1, b: { '10': 1, '9': 2 } }], b: 'x' })).toBe(
      '{"a":[{"b":{"10":1,"9":2},"z":1}],"b":"x"}',
    );
  });

  it('calls a toJSON put on Object.prototype, as canonicalJson does', () => {
    const proto = Object.prototype as { toJSON?: () => string };
    proto.toJSON = () => 'replaced';
    try {
      expect(canonicalJsonOfClean({ a: 1 })).toBe(canonicalJson({ a: 1 }));
      expect(canonicalJsonOfClean({ a: 1 })).toBe('"replaced"');
    } finally {
      delete proto.toJSON;
    }
  });
});

describe('sha256Hex', () => {
  it('hashes the UTF-8 bytes (FIPS 180-2 test vectors)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashJson({ b: '一窗通', a: 1 })).toBe(sha256Hex('{"a":1,"b":"一窗通"}'));
  });

  it('hashes bytes as they are, the same as the text they encode', () => {
    expect(sha256Hex(new Uint8Array([0x61, 0x62, 0x63]))).toBe(sha256Hex('abc'));
    expect(sha256Hex(new TextEncoder().encode('一窗通 😀'))).toBe(sha256Hex('一窗通 😀'));
  });
});
