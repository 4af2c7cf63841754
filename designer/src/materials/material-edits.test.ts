import { exampleItem } from '@onewindow/runtime/app/testing';
import { describe, expect, it } from 'vitest';
import { withFeeCode } from './fee-edits.ts';
import { withMaterialCode, withMaterialText } from './material-edits.ts';

describe('material and fee edits', () => {
  const item = exampleItem('resident-id-card-renewal');
  const household = item.materials.findIndex((m) => m.code === 'household_register');
  const ruleIndex = item.rules.findIndex((r) => r.id === 'require-household-register');

  it('renames a material code in the rules that name it', () => {
    const next = withMaterialCode(item, household, 'hukou_book');
    expect(next.materials[household].code).toBe('hukou_book');
    expect(next.rules[ruleIndex].event.params.material).toBe('hukou_book');
    expect(item.rules[ruleIndex].event.params.material).toBe('household_register');
  });

  it('leaves the rules alone when the rename would be ambiguous', () => {
    const taken = item.materials[0].code;
    const next = withMaterialCode(item, household, taken);
    expect(next.rules).toBe(item.rules);
  });

  it('renames a fee code in the fee rules', () => {
    const next = withFeeCode(item, 0, 'production-fee');
    expect(next.rules.find((r) => r.id === 'fee-renewal')?.event.params.fee).toBe('production-fee');
  });

  it('keeps an emptied name as an empty object and drops an emptied optional text', () => {
    const emptied = withMaterialText(withMaterialText(item, 0, 'name', 'zh-CN', ''), 0, 'name', 'en', '');
    expect(emptied.materials[0].name).toEqual({});
    const noNotes = withMaterialText(withMaterialText(item, 0, 'notes', 'zh-CN', ''), 0, 'notes', 'en', '');
    expect(noNotes.materials[0]).not.toHaveProperty('notes');
  });
});
