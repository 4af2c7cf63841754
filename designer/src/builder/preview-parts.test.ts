import { exampleItem } from '@onewindow/runtime/app/testing';
import { describe, expect, it } from 'vitest';
import { formPartsOf } from './model/form-definition.ts';
import { listFields } from './model/form-tree.ts';
import { updateFieldSchema } from './model/update-field.ts';
import { previewParts, sameButTexts } from './preview-parts.ts';

const parts = () => formPartsOf(exampleItem('birth-registration'));
const field = (p: ReturnType<typeof parts>, pointer: string) => listFields(p).byPointer.get(pointer)!;

describe('previewParts', () => {
  it('keeps the rendered schema while only a label changes, and shows the label as ui:title', () => {
    const before = parts();
    const after = updateFieldSchema(before, field(before, '/marriage/previousChildren'), { title: '子女数' });
    const shown = previewParts(before.schema, after);
    expect(shown.schema).toBe(before.schema);
    expect(shown.uiSchema).toMatchObject({ marriage: { previousChildren: { 'ui:title': '子女数' } } });
    // Every other section's uiSchema is the same object, so rjsf leaves those fields alone.
    expect(shown.uiSchema.mother).toBe(after.uiSchema.mother);
  });

  it('shows a changed description as ui:description and a removed title as the key', () => {
    const before = parts();
    let after = updateFieldSchema(before, field(before, '/mother/name'), { description: '与身份证一致' });
    after = updateFieldSchema(after, field(after, '/mother/mobile'), { title: undefined });
    const shown = previewParts(before.schema, after);
    expect(shown.uiSchema).toMatchObject({
      mother: { name: { 'ui:description': '与身份证一致' }, mobile: { 'ui:title': 'mobile' } },
    });
  });

  it('renders the new schema itself for any other change', () => {
    const before = parts();
    const after = updateFieldSchema(before, field(before, '/mother/name'), { maxLength: 20 });
    expect(previewParts(before.schema, after)).toBe(after);
    expect(previewParts(undefined, after)).toBe(after);
  });

  it('tells texts from fields that are called "title"', () => {
    const a = { type: 'object', title: 'A', properties: { title: { type: 'string' } } };
    expect(sameButTexts(a, { ...a, title: 'B' })).toBe(true);
    expect(sameButTexts(a, { ...a, properties: { name: { type: 'string' } } })).toBe(false);
    expect(sameButTexts(a, { ...a, properties: {} })).toBe(false);
  });
});
