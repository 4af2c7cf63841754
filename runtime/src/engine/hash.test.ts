import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, hashJson, sha256Hex } from './hash.ts';

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

  it('refuses a cycle', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() => canonicalJson(cyclic)).toThrow(expect.objectContaining({ code: 'NOT_JSON' }));
  });
});

describe('sha256Hex', () => {
  it('hashes the UTF-8 bytes (FIPS 180-2 test vectors)', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashJson({ b: '一窗通', a: 1 })).toBe(sha256Hex('{"a":1,"b":"一窗通"}'));
  });
});
