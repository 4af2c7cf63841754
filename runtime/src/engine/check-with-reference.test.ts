import type { CheckResult } from '@onewindow/schemas';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from './check.ts';
import { checkWithReference } from './check-with-reference.ts';
import { compile } from './compile.ts';
import { ADULT_ID, CHILD_ID, idCardRenewal } from './testing/id-card-renewal.ts';
import { createSyntheticItem } from './testing/synthetic-item.ts';

const withoutEngine = (r: CheckResult) => JSON.stringify({ ...r, engine: '' });

describe('checkWithReference (json-rules-engine deciding)', () => {
  const items = [idCardRenewal, createSyntheticItem(25)].map((item) => ({ item, compiled: compile(item) }));

  it('gives the same result as check, byte for byte, apart from the engine name', async () => {
    for (const { item, compiled } of items) {
      for (const test of item.tests ?? []) {
        const reference = await checkWithReference(compiled, test.input, { today: test.today });
        expect(reference.engine).toBe('json-rules-engine@7.3');
        expect(withoutEngine(reference), test.name).toBe(
          withoutEngine(check(compiled, test.input, { today: test.today })),
        );
      }
    }
  });

  it('agrees with check on random form data for the 居民身份证换领 fixture', async () => {
    const compiled = items[0].compiled;
    const formData = fc.record(
      {
        name: fc.constantFrom('张三', '', 7),
        idNumber: fc.constantFrom(ADULT_ID, CHILD_ID, '110101199001011234', ''),
        phone: fc.constantFrom('13800138000', '1'),
        reason: fc.constantFrom('expired', 'expiring', 'lost', 'damaged', 'info-change', 'other'),
        expiryDate: fc.constantFrom('2026-05-01', '2026-07-01', 'soon'),
        lostDate: fc.constantFrom('2026-05-20', 'x'),
        byAgent: fc.boolean(),
        agent: fc.record({ name: fc.constantFrom('李父'), idNumber: fc.constantFrom(ADULT_ID, 'bad') }),
      },
      { requiredKeys: [] },
    );
    const materials = fc.subarray([
      'householdRegister',
      'oldIdCard',
      'lossStatement',
      'guardianProof',
      'photoReceipt',
    ]);
    await fc.assert(
      fc.asyncProperty(
        formData,
        materials,
        fc.constantFrom('2026-06-01', '2030-03-15'),
        async (data, provided, today) => {
          const input = { formData: data, materials: provided };
          const reference = await checkWithReference(compiled, input, { today });
          expect(withoutEngine(reference)).toBe(withoutEngine(check(compiled, input, { today })));
        },
      ),
      { numRuns: 150, seed: 11 },
    );
  });

  it('runs concurrent checks on one compiled item without mixing them up', async () => {
    const { item, compiled } = items[1];
    const tests = item.tests ?? [];
    const runs = Array.from({ length: 24 }, (_, i) => ({
      test: tests[i % tests.length],
      today: i % 2 ? '2026-06-01' : '2040-01-01',
    }));
    const results = await Promise.all(
      runs.map(({ test, today }) => checkWithReference(compiled, test.input, { today })),
    );
    results.forEach((result, i) => {
      expect(withoutEngine(result)).toBe(
        withoutEngine(check(compiled, runs[i].test.input, { today: runs[i].today })),
      );
    });
  });
});
