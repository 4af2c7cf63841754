import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestDeps, type TestDeps } from '../definitions/testing/test-deps.ts';
import { CASE_NUMBER_BLOCK, nextCaseNumber } from './case-number-pool.ts';

let deps: TestDeps;
beforeEach(() => {
  deps = makeTestDeps();
});
afterEach(() => deps.dispose());

describe('case numbers for receipts', () => {
  it('hands out each number once, in order, reserving a block per store write', async () => {
    const count = CASE_NUMBER_BLOCK * 2 + 5;
    const numbers = await Promise.all(
      Array.from({ length: count }, () => nextCaseNumber(deps, '2026-11-30')),
    );
    const expected = Array.from({ length: count }, (_, i) => `20261130${String(i + 1).padStart(5, '0')}`);
    expect(numbers).toEqual(expected);
    // Three blocks were taken: the store goes on after them.
    const [after] = await deps.store.reserveCaseNumbers({ day: '2026-11-30', count: 1 });
    expect(after).toBe(`20261130${String(CASE_NUMBER_BLOCK * 3 + 1).padStart(5, '0')}`);
  });

  it("starts from the new day's numbers when the day turns, leaving the old block's rest unused", async () => {
    expect(await nextCaseNumber(deps, '2026-11-30')).toBe('2026113000001');
    expect(await nextCaseNumber(deps, '2026-12-01')).toBe('2026120100001');
    expect(await nextCaseNumber(deps, '2026-12-01')).toBe('2026120100002');
  });
});
