import { describe, expect, it } from 'vitest';
import { newQueryCode, queryCodeHash, queryCodeMatches } from './query-code.ts';
import { receiptKey, sealQueryCode, unsealQueryCode } from './receipt-idempotency.ts';

describe('receipt keys and query codes', () => {
  it('scopes an Idempotency-Key to the account and never keeps the header itself', () => {
    const a = receiptKey('account-a', 'key-123456');
    const b = receiptKey('account-b', 'key-123456');
    expect(a.storeKey).not.toBe(b.storeKey);
    expect(a.storeKey).not.toContain('key-123456');
    expect(receiptKey('account-a', 'key-123456').storeKey).toBe(a.storeKey);
    expect(receiptKey('account-a', undefined).sealKey).toBeNull();
    expect(() => receiptKey('account-a', 'short')).toThrow(/8 to 200/);
  });

  it('lets only the same key and account open a sealed query code', () => {
    const code = newQueryCode();
    const sealed = sealQueryCode(receiptKey('a', 'key-123456').sealKey!, code);
    expect(unsealQueryCode(receiptKey('a', 'key-123456').sealKey!, sealed)).toBe(code);
    expect(unsealQueryCode(receiptKey('b', 'key-123456').sealKey!, sealed)).toBeNull();
    expect(unsealQueryCode(receiptKey('a', 'key-654321').sealKey!, sealed)).toBeNull();
    expect(sealed).not.toContain(code);
  });

  it('matches a query code only against its own case number, and never without a case', () => {
    const code = newQueryCode();
    expect(code).toMatch(/^\d{8}$/);
    const hash = queryCodeHash('2026113000001', code);
    expect(queryCodeMatches(hash, '2026113000001', code)).toBe(true);
    expect(queryCodeMatches(hash, '2026113000002', code)).toBe(false);
    expect(queryCodeMatches(null, '2026113000001', code)).toBe(false);
  });
});
