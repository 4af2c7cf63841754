import { exampleItem } from '@onewindow/runtime/app/testing';
import { describe, expect, it } from 'vitest';
import { formPartsOf } from './form-definition.ts';
import { findField, listFields } from './form-tree.ts';

describe('listFields', () => {
  it('lists the sections and fields of an example in ui:order, nested under their section', () => {
    const tree = listFields(formPartsOf(exampleItem('birth-registration')));
    const top = tree.fields.filter((f) => f.depth === 0).map((f) => f.key);
    expect(top).toEqual(['mother', 'father', 'marriage', 'child', 'registration']);
    expect(tree.fields.filter((f) => f.container.pointer === '/marriage').map((f) => f.key)).toEqual([
      'status',
      'marriageDate',
      'previousChildren',
    ]);
    const mother = tree.byPointer.get('/mother/idNumber');
    expect(mother).toMatchObject({ kind: 'idNumber', label: '女方身份证号码', depth: 1, required: 'always' });
    expect(mother?.sharedKey).toBe('mother.idNumber');
    expect(tree.byPointer.get('/father/mobile')?.required).toBe('no');
  });

  it('reads if/then/else branches as conditions on a neighbouring field', () => {
    const birth = listFields(formPartsOf(exampleItem('birth-registration')));
    expect(birth.byPointer.get('/marriage/previousChildren')).toMatchObject({
      visibility: { kind: 'when', condition: { source: 'status', op: 'equals', value: 'remarriage' } },
      required: 'always',
    });
    const permit = listFields(formPartsOf(exampleItem('construction-permit')));
    expect(permit.byPointer.get('/project/scale')?.visibility).toEqual({
      kind: 'when',
      condition: { source: 'projectType', op: 'notEquals', value: 'building' },
    });
    expect(permit.byPointer.get('/project/hasBasement')?.visibility).toMatchObject({
      condition: { op: 'equals', value: 'building' },
    });
    const card = listFields(formPartsOf(exampleItem('resident-id-card-renewal')));
    expect(card.byPointer.get('/place/residenceAddress')?.visibility).toEqual({
      kind: 'when',
      condition: { source: 'isRemote', op: 'isTrue' },
    });
  });

  it('tells the palette type of each field from its schema and uiSchema', () => {
    const tree = listFields(formPartsOf(exampleItem('individual-business-registration')));
    const kind = (pointer: string) => tree.byPointer.get(pointer)?.kind;
    expect(kind('/operator')).toBe('section');
    expect(kind('/operator/name')).toBe('text');
    expect(kind('/operator/mobile')).toBe('mobile');
    expect(kind('/operator/address')).toBe('textarea');
    expect(kind('/business/organizationForm')).toBe('radio');
    expect(kind('/business/scopeCategories')).toBe('checkboxes');
    expect(kind('/business/involvesPriorApproval')).toBe('yesNo');
    expect(kind('/business/capital')).toBe('money');
    expect(kind('/business/employees')).toBe('number');
    expect(kind('/business/familyMembers')).toBe('table');
    expect(kind('/business/familyMembers/*/relation')).toBe('select');
    expect(tree.byPointer.get('/business/familyMembers/*/idNumber')).toMatchObject({
      depth: 2,
      kind: 'idNumber',
    });
  });

  it('lists fields that ui:order leaves out after the ordered ones, and honours "*"', () => {
    const parts = {
      schema: {
        type: 'object',
        properties: { a: { type: 'string' }, b: { type: 'string' }, c: { type: 'string' } },
      },
      uiSchema: { 'ui:order': ['c', '*'] },
    };
    expect(listFields(parts).fields.map((f) => f.key)).toEqual(['c', 'a', 'b']);
    expect(listFields({ ...parts, uiSchema: { 'ui:order': ['b'] } }).fields.map((f) => f.key)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  it('marks a field that is required only under a condition', () => {
    const parts = {
      schema: {
        type: 'object',
        properties: { kind: { type: 'string', enum: ['a', 'b'] }, note: { type: 'string' } },
        if: { properties: { kind: { const: 'b' } }, required: ['kind'] },
        // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
        then: { required: ['note'] },
      },
      uiSchema: {},
    };
    const note = listFields(parts).byPointer.get('/note');
    expect(note).toMatchObject({ required: 'conditional', visibility: { kind: 'always' } });
  });

  it('shows a condition it cannot edit as custom', () => {
    const parts = {
      schema: {
        type: 'object',
        properties: { age: { type: 'integer' } },
        if: { properties: { age: { minimum: 60 } }, required: ['age'] },
        // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
        then: { properties: { pension: { type: 'boolean' } } },
      },
      uiSchema: {},
    };
    expect(listFields(parts).byPointer.get('/pension')?.visibility).toEqual({ kind: 'custom' });
  });

  it('finds one field by its pointer exactly as the full list describes it', () => {
    for (const name of ['birth-registration', 'construction-permit', 'individual-business-registration']) {
      const parts = formPartsOf(exampleItem(name));
      for (const field of listFields(parts).fields)
        expect(findField(parts, field.pointer), field.pointer).toEqual(field);
    }
    const parts = formPartsOf(exampleItem('birth-registration'));
    expect(findField(parts, '/mother/nothing')).toBeUndefined();
    expect(findField(parts, '/mother/name/deeper')).toBeUndefined();
  });
});
