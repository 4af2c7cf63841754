import { exampleItem } from '@onewindow/runtime/app/testing';
import { check, compareExpectation, compile } from '@onewindow/runtime/engine';
import type { ItemTestExpectation } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { expectationDiff } from './expectation-diff.ts';

const item = exampleItem('resident-id-card-renewal');
const compiled = compile(item);

/** Ways to break an expectation, each touching one part of it. */
const MUTATIONS: Record<string, (e: ItemTestExpectation) => ItemTestExpectation> = {
  outcome: (e) => ({ ...e, outcome: e.outcome === 'reject' ? 'accept' : 'reject' }),
  'fired (unknown rule)': (e) => ({ ...e, fired: [...(e.fired ?? []), 'ghost-rule'] }),
  'fired (rule that does not fire)': (e) => ({ ...e, fired: item.rules.map((r) => r.id) }),
  notFired: (e) => ({ ...e, notFired: item.rules.map((r) => r.id) }),
  missingMaterials: (e) => ({ ...e, missingMaterials: ['residence_permit', 'change_proof'] }),
  requiredMaterials: (e) => ({ ...e, requiredMaterials: item.materials.map((m) => m.code) }),
  formErrors: (e) => ({ ...e, formErrors: ['/applicant/name'] }),
  fees: (e) => ({ ...e, fees: ['renewal-fee', 'damaged-fee'] }),
  feeTotal: (e) => ({ ...e, feeTotal: 1234.5 }),
  warnings: (e) => ({ ...e, warnings: ['warn-long-term-validity', 'warn-not-yet-due'] }),
  route: (e) => ({ ...e, route: 'nowhere' }),
};

describe('expectation differences', () => {
  it('find nothing where the engine finds nothing: every shipped test passes both ways', () => {
    for (const test of item.tests) {
      const result = check(compiled, test.input, { today: test.today });
      expect(compareExpectation(test.expect, result)).toEqual([]);
      expect(expectationDiff(test.expect, result)).toEqual([]);
    }
  });

  it('report one difference per line of the engine’s compareExpectation, whatever part is broken', () => {
    for (const [part, mutate] of Object.entries(MUTATIONS)) {
      for (const test of item.tests) {
        const result = check(compiled, test.input, { today: test.today });
        const broken = mutate(test.expect);
        const lines = compareExpectation(broken, result);
        expect(expectationDiff(broken, result), `${part} in ${test.name}`).toHaveLength(lines.length);
      }
    }
  });

  it('names expected and actual values of an exact set, each once', () => {
    const test = item.tests[1];
    const result = check(compiled, test.input, { today: test.today });
    expect(expectationDiff({ outcome: 'accept', fees: ['renewal-fee', 'renewal-fee'] }, result)).toEqual([
      { kind: 'set', what: 'fees', expected: ['renewal-fee'], actual: ['damaged-fee'] },
    ]);
  });
});
