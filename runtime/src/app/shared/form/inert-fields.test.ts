import { describe, expect, it } from 'vitest';
import { inertFields } from './inert-fields.ts';

const schema = {
  type: 'object',
  properties: {
    applicant: {
      type: 'object',
      required: ['name'],
      properties: {
        name: { type: 'string' },
        idNumber: { type: 'string' },
        married: { type: 'boolean' },
        gender: { type: 'string', enum: ['male', 'female'] },
        kind: { type: 'string', const: 'person' },
      },
      if: { properties: { married: { const: true } }, required: ['married', 'idNumber'] },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
      then: { properties: { spouse: { type: 'string' } }, required: ['spouse'] },
    },
    company: {
      type: 'object',
      properties: { uscc: { type: 'string' }, branch: { type: 'string' } },
      dependencies: { branch: ['uscc'] },
    },
    contact: { oneOf: [{ type: 'object', properties: { phone: { type: 'string' } } }] },
    linked: { $ref: '#/definitions/x' },
    children: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } },
    extra: {
      type: 'object',
      additionalProperties: { type: 'string' },
      properties: { note: { type: 'string' } },
    },
    note: { type: ['string', 'null'] },
  },
};

describe('inert fields (changes that cannot change the resolved schema)', () => {
  const inert = inertFields(schema);

  it('are the plain scalar fields that no condition reads, including those inside a then-branch', () => {
    expect(inert.accepts(['note'], 'text')).toBe(true);
    expect(inert.accepts(['applicant', 'spouse'], '王芳')).toBe(true);
    expect(inert.accepts(['company', 'uscc'], '91350100M000100Y43')).toBe(true);
  });

  it('exclude what an if reads, by its properties or its required list', () => {
    expect(inert.accepts(['applicant', 'married'], true)).toBe(false);
    expect(inert.accepts(['applicant', 'idNumber'], '110101199003071234')).toBe(false);
    expect(inert.accepts(['applicant', 'name'], '李俊杰')).toBe(true);
  });

  it('exclude the keys a dependency is on', () => {
    expect(inert.accepts(['company', 'branch'], 'x')).toBe(false);
  });

  it('exclude whatever sits under oneOf, $ref, arrays or additional properties', () => {
    expect(inert.accepts(['contact', 'phone'], '13800138000')).toBe(false);
    expect(inert.accepts(['linked', 'a'], 'x')).toBe(false);
    expect(inert.accepts(['children', 0, 'name'], 'x')).toBe(false);
    expect(inert.accepts(['extra', 'note'], 'x')).toBe(false);
  });

  it('take an enum value only when it is one of the options, and never a const field', () => {
    expect(inert.accepts(['applicant', 'gender'], 'female')).toBe(true);
    expect(inert.accepts(['applicant', 'gender'], 'other')).toBe(false);
    expect(inert.accepts(['applicant', 'kind'], 'person')).toBe(false);
  });

  it('exclude clearing a field, objects, unknown paths and the whole form', () => {
    expect(inert.accepts(['note'], undefined)).toBe(false);
    expect(inert.accepts(['note'], null)).toBe(false);
    expect(inert.accepts(['applicant'], { name: 'x' })).toBe(false);
    expect(inert.accepts(['nowhere'], 'x')).toBe(false);
    expect(inert.accepts([], 'x')).toBe(false);
  });

  it('treat an if the walk cannot read as reading its whole object', () => {
    const opaque = inertFields({
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      if: { minProperties: 2 },
      // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
      then: { required: ['b'] },
    });
    expect(opaque.accepts(['a'], 'x')).toBe(false);
  });
});
