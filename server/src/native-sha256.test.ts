import { sha256Hex } from '@onewindow/runtime/engine';
import { describe, expect, it } from 'vitest';
import { nativeSha256Hex } from './native-sha256.ts';

describe('the server’s native SHA-256', () => {
  it('gives the same digest as the engine’s portable one, Chinese and astral text included', () => {
    for (const text of [
      '',
      'abc',
      '{"姓名":"李俊杰","today":"2026-11-30"}',
      '𠀀😀'.repeat(100),
      'x'.repeat(100_000),
    ]) {
      expect(nativeSha256Hex(text)).toBe(sha256Hex(text));
    }
    expect(nativeSha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
