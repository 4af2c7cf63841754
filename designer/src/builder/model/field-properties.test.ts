import { describe, expect, it } from 'vitest';
import { addField, paletteField } from './add-field.ts';
import { newOptionValue, optionsRefusal, readOptions, writeOptions } from './field-options.ts';
import { patternProblem } from './form-definition.ts';
import { type FormParts, listFields, ROOT } from './form-tree.ts';
import { formOf } from './test-form.ts';
import { englishTexts, updateEnglish, updateFieldSchema, updateFieldUi } from './update-field.ts';

const field = (parts: FormParts, pointer: string) => listFields(parts).byPointer.get(pointer)!;
const withKind = (kind: Parameters<typeof paletteField>[0]) =>
  addField(formOf({}), ROOT, 0, paletteField(kind));

describe('options', () => {
  it('writes values to enum, labels to ui:enumNames and English labels to ui:en', () => {
    const { parts, pointer } = withKind('radio');
    const next = writeOptions(parts, field(parts, pointer), [
      { value: 'counter', label: '窗口领取', labelEn: 'At the counter' },
      { value: 'mail', label: '', labelEn: '' },
    ]);
    expect((next.schema.properties as Record<string, object>).option).toMatchObject({
      enum: ['counter', 'mail'],
    });
    expect(next.uiSchema.option).toMatchObject({
      'ui:widget': 'radio',
      'ui:enumNames': ['窗口领取', 'mail'],
      'ui:en': { title: 'Radio', enumNames: ['At the counter', ''] },
    });
    expect(readOptions(next, field(next, pointer))).toEqual([
      { value: 'counter', label: '窗口领取', labelEn: 'At the counter' },
      { value: 'mail', label: 'mail', labelEn: '' },
    ]);
  });

  it('writes a checkbox group into items.enum and drops defaults no longer offered', () => {
    const { parts, pointer } = withKind('checkboxes');
    const withDefault = updateFieldSchema(parts, field(parts, pointer), { default: ['option1', 'option2'] });
    const next = writeOptions(withDefault, field(withDefault, pointer), [
      { value: 'option2', label: '二', labelEn: '' },
    ]);
    expect((next.schema.properties as Record<string, object>).options).toMatchObject({
      items: { type: 'string', enum: ['option2'] },
      default: ['option2'],
    });
  });

  it('keeps a yes/no on true/false and leaves rjsf its own 是/否 without labels', () => {
    const { parts, pointer } = withKind('yesNo');
    expect(readOptions(parts, field(parts, pointer)).map((o) => o.value)).toEqual([true, false]);
    const labelled = writeOptions(parts, field(parts, pointer), [
      { value: true, label: '同意', labelEn: 'Agree' },
      { value: false, label: '不同意', labelEn: 'Disagree' },
    ]);
    expect(labelled.uiSchema.confirm).toMatchObject({ 'ui:enumNames': ['同意', '不同意'] });
    const plain = writeOptions(labelled, field(labelled, pointer), [
      { value: true, label: '', labelEn: '' },
      { value: false, label: '', labelEn: '' },
    ]);
    expect(plain.uiSchema.confirm).toEqual({ 'ui:widget': 'radio', 'ui:en': { title: 'Yes/no' } });
  });

  it('refuses empty, repeated or no values', () => {
    expect(optionsRefusal([])).toBe('none');
    expect(optionsRefusal([{ value: '', label: 'x', labelEn: '' }])).toBe('empty');
    const twice = [
      { value: 'a', label: '', labelEn: '' },
      { value: 'a', label: '', labelEn: '' },
    ];
    expect(optionsRefusal(twice)).toBe('duplicate');
    const { parts, pointer } = withKind('select');
    expect(writeOptions(parts, field(parts, pointer), twice)).toBe(parts);
    expect(newOptionValue([{ value: 'option3', label: '', labelEn: '' }])).toBe('option2');
  });
});

describe('texts and keywords', () => {
  it('keeps English texts in ui:en and removes them when emptied', () => {
    const { parts, pointer } = withKind('text');
    const next = updateEnglish(parts, field(parts, pointer), { title: 'Trade name' });
    expect(englishTexts(next.uiSchema.text)).toEqual({ title: 'Trade name', enumNames: undefined });
    const cleared = updateEnglish(next, field(next, pointer), { title: '' });
    expect(cleared.uiSchema.text).toBeUndefined();
  });

  it('sets and removes schema keywords and uiSchema keys, returning the same parts when nothing changes', () => {
    const { parts, pointer } = withKind('text');
    const f = field(parts, pointer);
    const next = updateFieldSchema(parts, f, { title: '名称', maxLength: undefined, minLength: 2 });
    expect((next.schema.properties as Record<string, object>).text).toEqual({
      type: 'string',
      title: '名称',
      minLength: 2,
    });
    expect(updateFieldSchema(next, f, { title: '名称' })).toBe(next);
    const ui = updateFieldUi(next, f, { 'ui:help': '与营业执照一致', 'ui:readonly': true });
    expect(ui.uiSchema.text).toMatchObject({ 'ui:help': '与营业执照一致', 'ui:readonly': true });
  });

  it('refuses patterns that may run for exponential or polynomial time', () => {
    expect(patternProblem('^[0-9A-Za-z]{6,30}$')).toBeUndefined();
    expect(patternProblem('^(a+)+$')).toMatchObject({ reason: 'exponential' });
    expect(patternProblem('([a-z')).toMatchObject({ reason: 'syntax' });
  });
});
