import { check, compile } from '@onewindow/runtime';
import { exampleItem } from '@onewindow/runtime/app/testing';
import { describe, expect, it } from 'vitest';
import { setVisibility } from './field-visibility.ts';
import { followField, formPartsOf, rulesReading, withFormParts } from './form-definition.ts';
import { type FormParts, listFields, ROOT } from './form-tree.ts';
import { moveField } from './move-field.ts';
import { removeField } from './remove-field.ts';
import { renameField } from './rename-field.ts';
import { formOf, itemWithForm } from './test-form.ts';

const field = (parts: FormParts, pointer: string) => listFields(parts).byPointer.get(pointer)!;
const keys = (parts: FormParts, container = '') =>
  listFields(parts)
    .fields.filter((f) => f.container.pointer === container)
    .map((f) => f.key);

const sectioned = (): FormParts => ({
  schema: {
    type: 'object',
    required: ['a', 'box'],
    properties: {
      a: { type: 'string' },
      b: { type: 'string' },
      box: { type: 'object', required: ['x'], properties: { x: { type: 'string' }, a: { type: 'string' } } },
    },
  },
  uiSchema: { 'ui:order': ['a', 'b', 'box'], a: { 'ui:help': 'A' }, box: { 'ui:order': ['x', 'a'] } },
});

describe('moveField', () => {
  it('reorders within a section by ui:order only', () => {
    const parts = sectioned();
    const moved = moveField(parts, field(parts, '/b'), ROOT, 0);
    expect(keys(moved.parts)).toEqual(['b', 'a', 'box']);
    expect(moved.parts.schema).toBe(parts.schema);
    expect(moveField(moved.parts, field(moved.parts, '/b'), ROOT, 9).parts.uiSchema['ui:order']).toEqual([
      'a',
      'box',
      'b',
    ]);
  });

  it('moves into another section with its schema, uiSchema and "required", renaming a taken key', () => {
    const parts = sectioned();
    const box = listFields(parts).containers.get('/box')!;
    const moved = moveField(parts, field(parts, '/a'), box, 1);
    expect(moved.pointer).toBe('/box/a2');
    expect(moved.report).toMatchObject({ renamedTo: 'a2', lostCondition: false });
    expect(keys(moved.parts)).toEqual(['b', 'box']);
    expect(keys(moved.parts, '/box')).toEqual(['x', 'a2', 'a']);
    expect(moved.parts.schema.required).toEqual(['box']);
    expect(field(moved.parts, '/box/a2')).toMatchObject({ required: 'always' });
    expect(moved.parts.uiSchema).toMatchObject({ box: { a2: { 'ui:help': 'A' } } });
    expect(moved.parts.uiSchema.a).toBeUndefined();
  });

  it('moves out of a section to the form', () => {
    const parts = sectioned();
    const moved = moveField(parts, field(parts, '/box/x'), ROOT, 1);
    expect(keys(moved.parts)).toEqual(['a', 'x', 'b', 'box']);
    expect(field(moved.parts, '/x').required).toBe('always');
  });

  it('refuses to move a section into itself', () => {
    const parts = sectioned();
    const box = listFields(parts).containers.get('/box')!;
    expect(moveField(parts, field(parts, '/box'), box, 0).parts).toBe(parts);
  });

  it('says when a conditional field loses its condition by leaving its section', () => {
    let parts = sectioned();
    parts = setVisibility(parts, field(parts, '/b'), { source: 'a', op: 'filled' });
    const box = listFields(parts).containers.get('/box')!;
    const moved = moveField(parts, field(parts, '/b'), box, 0);
    expect(moved.report.lostCondition).toBe(true);
    expect(field(moved.parts, '/box/b').visibility).toEqual({ kind: 'always' });
    expect(moved.parts.schema.if).toBeUndefined();
  });
});

describe('removeField', () => {
  it('removes the field from properties, required, ui:order and the uiSchema', () => {
    const parts = sectioned();
    const { parts: next } = removeField(parts, field(parts, '/a'));
    expect(Object.keys(next.schema.properties as object)).toEqual(['b', 'box']);
    expect(next.schema.required).toEqual(['box']);
    expect(next.uiSchema['ui:order']).toEqual(['b', 'box']);
    expect(next.uiSchema.a).toBeUndefined();
  });

  it('releases the fields a condition on the removed field showed, and says which', () => {
    let parts = formOf({ agent: { type: 'boolean' }, name: { type: 'string' }, note: { type: 'string' } });
    parts = setVisibility(parts, field(parts, '/name'), { source: 'agent', op: 'isTrue' });
    const { parts: next, report } = removeField(parts, field(parts, '/agent'));
    expect(report.unconditioned).toEqual(['name']);
    expect(next.schema).toEqual({
      type: 'object',
      properties: { note: { type: 'string' }, name: { type: 'string' } },
    });
    expect(keys(next)).toEqual(['name', 'note']);
    expect(() => compile(itemWithForm(next))).not.toThrow();
  });

  it('removes a conditional field from its branch and drops the emptied block', () => {
    const item = exampleItem('resident-id-card-renewal');
    const parts = formPartsOf(item);
    const { parts: next } = removeField(parts, field(parts, '/place/residenceAddress'));
    expect(listFields(next).byPointer.has('/place/residenceAddress')).toBe(false);
    expect(next.schema).toMatchObject({ properties: { place: { required: ['isRemote'] } } });
    const place = (next.schema.properties as Record<string, object>).place;
    expect(Object.keys(place)).toEqual(['type', 'title', 'required', 'properties']);
  });
});

describe('renameField', () => {
  it('renames the key in properties, required, conditions, uiSchema and ui:order, in place', () => {
    const item = exampleItem('resident-id-card-renewal');
    const parts = formPartsOf(item);
    const renamed = renameField(parts, field(parts, '/application/reason'), 'renewalReason');
    expect(renamed.pointer).toBe('/application/renewalReason');
    const application = (renamed.parts.schema.properties as Record<string, Record<string, unknown>>)
      .application;
    expect(Object.keys(application.properties as object)).toEqual(['renewalReason']);
    expect(application.required).toEqual(['renewalReason']);
    expect(application.if).toEqual({
      properties: { renewalReason: { const: 'expiry' } },
      required: ['renewalReason'],
    });
    const ui = renamed.parts.uiSchema.application as Record<string, unknown>;
    expect(ui['ui:order']).toEqual(['renewalReason', 'oldCardExpiry', 'reasonDetail']);
    expect(Object.keys(ui)).toEqual(['ui:order', 'ui:en', 'renewalReason', 'oldCardExpiry', 'reasonDetail']);
    // The renamed form judges the same as before: a damage renewal still needs its detail.
    const compiled = compile(withFormParts(item, renamed.parts));
    const result = check(
      compiled,
      { formData: { application: { renewalReason: 'damage' } } },
      { today: '2026-06-01' },
    );
    expect(result.formErrors.map((e) => e.path)).toContain('/application/reasonDetail');
  });

  it('refuses keys that are not identifiers or are taken, and changes nothing', () => {
    const parts = sectioned();
    const b = field(parts, '/b');
    expect(renameField(parts, b, 'a')).toMatchObject({ refusal: 'taken', parts });
    expect(renameField(parts, b, '2x')).toMatchObject({ refusal: 'invalid', parts });
    expect(renameField(parts, b, 'a.b')).toMatchObject({ refusal: 'invalid', parts });
    expect(renameField(parts, b, 'b').parts).toBe(parts);
  });
});

describe('the definition around the form', () => {
  it('lets applicantIdField follow a renamed or moved field, and drops it with the field', () => {
    const item = exampleItem('individual-business-registration');
    expect(followField(item, '/operator/idNumber', '/operator/id').applicantIdField).toBe('/operator/id');
    expect(followField(item, '/operator', '/owner').applicantIdField).toBe('/owner/idNumber');
    expect(followField(item, '/operator/name', '/operator/x')).toBe(item);
    expect(followField(item, '/operator/idNumber', null).applicantIdField).toBeUndefined();
  });

  it('names the rules that read a field', () => {
    const item = exampleItem('resident-id-card-renewal');
    const readers = rulesReading(item, '/application/reason');
    expect(readers.length).toBeGreaterThan(0);
    for (const id of readers) {
      expect(JSON.stringify(item.rules.find((r) => r.id === id)?.conditions)).toMatch(
        /application[./]reason/,
      );
    }
    expect(rulesReading(item, '/collection/delivery')).toEqual([]);
  });

  it('keeps the same definition when the form did not change', () => {
    const item = exampleItem('birth-registration');
    expect(withFormParts(item, formPartsOf(item))).toBe(item);
  });
});
