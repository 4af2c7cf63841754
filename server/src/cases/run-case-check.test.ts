import { compile, createWorkCalendar } from '@onewindow/runtime/engine';
import type { CaseInput } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { checkFactsSnapshot } from '../audit/testing/facts-snapshot.ts';
import { exampleItem } from '../definitions/testing/example-fixtures.ts';
import { nativeSha256Hex } from '../native-sha256.ts';
import { runCaseCheck } from './run-case-check.ts';

const EXAMPLES = [
  'resident-id-card-renewal',
  'individual-business-registration',
  'construction-permit',
  'birth-registration',
];
const calendar = createWorkCalendar([]);

describe('runCaseCheck', () => {
  it('keeps as the facts snapshot exactly what the engine judged and hashed, for every example test', () => {
    let compared = 0;
    for (const name of EXAMPLES) {
      const item = exampleItem(name);
      const compiled = compile(item, { sha256Hex: nativeSha256Hex });
      const inputs: { input: CaseInput; today: string }[] = (item.tests ?? []).map((t) => ({
        input: t.input as CaseInput,
        today: t.today,
      }));
      // Hidden-field data, duplicated and unsorted materials, text that JSON escapes.
      const first = inputs[0];
      inputs.push({
        input: {
          formData: { ...first.input.formData, 不在表单里: '应被删去', note: '“引号”\n换行\u2028' },
          materials: ['zz', ...(first.input.materials ?? []), 'zz'],
        },
        today: first.today,
      });
      for (const { input, today } of inputs) {
        const judged = runCaseCheck(compiled, input, { today, calendar, trigger: 'receipt' });
        // Computed again independently: prune, write canonical JSON, hash.
        const again = checkFactsSnapshot({ compiled, input, result: judged.result });
        expect(judged.snapshot).toEqual(again);
        expect(judged.snapshot.canonical).toBe(again.canonical);
        expect(nativeSha256Hex(judged.snapshot.canonical!)).toBe(judged.result.factsHash);
        expect(judged.form).toEqual((again.facts as { form: unknown }).form);
        expect(judged.materials).toEqual((again.facts as { materials: unknown }).materials);
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(28);
  });
});
