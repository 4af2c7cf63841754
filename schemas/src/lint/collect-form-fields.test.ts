import { describe, expect, it } from 'vitest';
import { collectFormFields } from './collect-form-fields.ts';
import { findFormField } from './find-form-field.ts';
import cleanItem from './fixtures/clean-item.json' with { type: 'json' };

const pointers = (schema: unknown) => collectFormFields(schema).map((f) => f.pointer);

describe('collectFormFields', () => {
  it('lists nested, array, conditional and dependency fields, each once, in declaration order', () => {
    expect(pointers(cleanItem.form.schema)).toEqual([
      '/owner',
      '/owner/name',
      '/owner/idNumber',
      '/owner/mobile',
      '/dog',
      '/dog/breed',
      '/dog/vaccinated',
      '/dog/vaccineDate',
      '/dog/exemptionReason',
      '/previousDogs',
      '/previousDogs/*',
      '/previousDogs/*/tag',
      '/agent',
      '/agentName',
    ]);
  });

  it('gives each field its schema where first declared', () => {
    const mobile = collectFormFields(cleanItem.form.schema).find((f) => f.pointer === '/owner/mobile');
    expect(mobile?.schema).toMatchObject({ type: 'string', pattern: '^1[3-9]\\d{9}$' });
  });

  it('collects the branches of allOf, anyOf and oneOf', () => {
    const schema = {
      type: 'object',
      allOf: [{ properties: { a: { type: 'string' } } }],
      anyOf: [{ properties: { b: { type: 'string' } } }],
      oneOf: [{ properties: { c: { type: 'string' } } }, { properties: { d: { type: 'string' } } }],
    };
    expect(pointers(schema)).toEqual(['/a', '/b', '/c', '/d']);
  });

  it('follows local $refs and stops at recursion', () => {
    const schema = {
      definitions: {
        person: {
          type: 'object',
          properties: {
            name: { type: 'string' },
            children: { type: 'array', items: { $ref: '#/definitions/person' } },
          },
        },
      },
      type: 'object',
      properties: { applicant: { $ref: '#/definitions/person' } },
    };
    expect(pointers(schema)).toEqual([
      '/applicant',
      '/applicant/name',
      '/applicant/children',
      '/applicant/children/*',
    ]);
  });

  it('names tuple positions and open keys', () => {
    const schema = {
      type: 'object',
      properties: {
        pair: { type: 'array', items: [{ type: 'string' }, { type: 'number' }] },
        extras: { type: 'object', additionalProperties: { type: 'string' } },
      },
    };
    expect(pointers(schema)).toEqual(['/pair', '/pair/0', '/pair/1', '/extras', '/extras/*']);
  });

  it('escapes property names in pointers', () => {
    expect(pointers({ properties: { 'a/b': {}, 'c~d': {} } })).toEqual(['/a~1b', '/c~0d']);
  });

  it.each([null, 42, 'schema', [], true])('gives no fields for %j', (schema) => {
    expect(collectFormFields(schema)).toEqual([]);
  });
});

describe('findFormField', () => {
  const fields = collectFormFields({
    type: 'object',
    properties: {
      owner: { type: 'object', properties: { name: { type: 'string' } } },
      dogs: { type: 'array', items: { type: 'object', properties: { tag: { type: 'string' } } } },
      pair: { type: 'array', items: [{ type: 'string' }] },
      extras: { type: 'object', additionalProperties: { type: 'string' } },
      'a/b': { type: 'string' },
    },
  });
  const find = (path: string) => findFormField(fields, path)?.pointer;

  it.each([
    ['/owner/name', '/owner/name'],
    ['owner.name', '/owner/name'],
    ['/dogs/0/tag', '/dogs/*/tag'],
    ['dogs.12.tag', '/dogs/*/tag'],
    ['dogs.tag', '/dogs/*/tag'],
    ['/dogs/0', '/dogs/*'],
    ['/pair/0', '/pair/0'],
    ['/extras/anything', '/extras/*'],
    ['/a~1b', '/a~1b'],
  ])('finds %s as %s', (path, pointer) => {
    expect(find(path)).toBe(pointer);
  });

  it.each(['/owner/age', 'owner.name.first', '/dogs/x/tag', '/dogs/01/tag', '/pair/1', '/', ''])(
    'finds no field for %j',
    (path) => {
      expect(find(path)).toBeUndefined();
    },
  );
});
