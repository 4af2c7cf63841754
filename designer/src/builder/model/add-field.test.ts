import { compile } from '@onewindow/runtime';
import { lintDefinition } from '@onewindow/schemas';
import { describe, expect, it } from 'vitest';
import { addField, paletteField, sharedDictionaryField, uniqueKey } from './add-field.ts';
import { FIELD_KINDS, kindOf } from './field-kinds.ts';
import { listFields, ROOT } from './form-tree.ts';
import { SHARED_FIELDS } from './shared-fields.ts';
import { formOf, itemWithForm } from './test-form.ts';

describe('addField', () => {
  it('gives every palette type a schema the builder reads back as that type', () => {
    for (const kind of FIELD_KINDS) {
      const field = paletteField(kind);
      expect(kindOf(field.schema, field.ui), kind).toBe(kind);
    }
  });

  it('adds every palette type into one form that the engine compiles and lint accepts', () => {
    let parts = formOf({});
    for (const kind of FIELD_KINDS) parts = addField(parts, ROOT, 99, paletteField(kind)).parts;
    const item = itemWithForm(parts);
    expect(() => compile(item)).not.toThrow();
    const formFindings = lintDefinition(item).filter((f) => f.pointer.startsWith('/form'));
    expect(formFindings).toEqual([]);
    expect(listFields(parts).fields.map((f) => f.kind)).toEqual([...FIELD_KINDS]);
  });

  it('inserts at the position, with a unique key, the default label and the key in ui:order', () => {
    let parts = formOf({ a: { type: 'string' }, b: { type: 'string' } });
    const first = addField(parts, ROOT, 1, paletteField('text'));
    parts = first.parts;
    expect(first).toMatchObject({ key: 'text', pointer: '/text' });
    const second = addField(parts, ROOT, 0, paletteField('text'));
    expect(second.key).toBe('text2');
    expect(second.parts.uiSchema['ui:order']).toEqual(['text2', 'a', 'text', 'b']);
    expect(second.parts.schema.properties).toMatchObject({ text2: { type: 'string', title: '单行文本' } });
    expect(second.parts.uiSchema.text2).toEqual({ 'ui:en': { title: 'Text' } });
  });

  it('adds into a section and into the rows of a repeatable table', () => {
    let parts = addField(formOf({}), ROOT, 0, paletteField('section')).parts;
    parts = addField(parts, ROOT, 1, paletteField('table')).parts;
    const tree = listFields(parts);
    const section = tree.byPointer.get('/section')!.inner!;
    const rows = tree.byPointer.get('/rows')!.inner!;
    parts = addField(parts, section, 0, paletteField('mobile')).parts;
    parts = addField(parts, rows, 0, paletteField('idNumber')).parts;
    const after = listFields(parts);
    expect(after.byPointer.get('/section/mobile')).toMatchObject({ depth: 1, kind: 'mobile' });
    expect(after.byPointer.get('/rows/*/idNumber')).toMatchObject({ depth: 1, kind: 'idNumber' });
    expect(parts.uiSchema).toMatchObject({ rows: { items: { 'ui:order': ['idNumber'] } } });
  });

  it('adds shared dictionary fields with the same x-sharedKey every time', () => {
    const keys = SHARED_FIELDS.map((f) => f.sharedKey);
    expect(keys).toEqual([
      'person.name',
      'person.idNumber',
      'person.mobile',
      'person.address',
      'org.name',
      'org.uscc',
    ]);
    let parts = formOf({});
    parts = addField(parts, ROOT, 0, sharedDictionaryField('person.idNumber')!).parts;
    const again = addField(parts, ROOT, 1, sharedDictionaryField('person.idNumber')!);
    expect(again.key).toBe('idNumber2');
    const fields = listFields(again.parts).fields;
    expect(fields.map((f) => [f.key, f.sharedKey, f.kind])).toEqual([
      ['idNumber', 'person.idNumber', 'idNumber'],
      ['idNumber2', 'person.idNumber', 'idNumber'],
    ]);
    expect(sharedDictionaryField('person.unknown')).toBeUndefined();
  });

  it('makes keys unique by counting up', () => {
    expect(uniqueKey([], 'text')).toBe('text');
    expect(uniqueKey(['text', 'text2'], 'text')).toBe('text3');
  });
});
