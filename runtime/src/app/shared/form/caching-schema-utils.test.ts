import type { RJSFSchema } from '@rjsf/utils';
import { createSchemaUtils } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { withRetrieveCache } from './caching-schema-utils.ts';
import { formValidator } from './form-validator.ts';

const marriage: RJSFSchema = {
  type: 'object',
  properties: { married: { type: 'boolean' }, note: { type: 'string' } },
  if: { properties: { married: { const: true } }, required: ['married'] },
  // biome-ignore lint/suspicious/noThenProperty: a JSON Schema keyword, not a thenable
  then: { properties: { spouse: { type: 'string' } } },
};
const root: RJSFSchema = {
  type: 'object',
  properties: {
    marriage,
    contact: {
      oneOf: [{ properties: { phone: { type: 'string' } } }, { properties: { email: { type: 'string' } } }],
    },
  },
};

describe('retrieveSchema remembered', () => {
  const plain = createSchemaUtils(formValidator('zh-CN'), root);
  const utils = withRetrieveCache(plain);

  it('resolves as rjsf does', () => {
    for (const data of [{}, { married: true }, { married: false, note: 'x' }, { married: null }]) {
      expect(utils.retrieveSchema(marriage, data)).toEqual(plain.retrieveSchema(marriage, data));
    }
    expect(utils.retrieveSchema(root, { marriage: { married: true } })).toEqual(
      plain.retrieveSchema(root, {}),
    );
  });

  it('gives the same object for the same data its condition reads, whatever else changed', () => {
    const married = utils.retrieveSchema(marriage, { married: true, note: 'a' });
    expect(utils.retrieveSchema(marriage, { married: true, note: 'ab' })).toBe(married);
    expect(utils.retrieveSchema(marriage, { married: false, note: 'ab' })).not.toBe(married);
    expect(utils.retrieveSchema(marriage, { married: false }).properties).not.toHaveProperty('spouse');
    // A null answer is an answer (it satisfies `required`), unlike an absent one.
    expect(utils.retrieveSchema(marriage, { married: null })).not.toBe(utils.retrieveSchema(marriage, {}));
    expect(utils.retrieveSchema(root, { a: 1 })).toBe(utils.retrieveSchema(root, { a: 2 }));
  });

  it('leaves what it does not analyse to rjsf, and wraps once', () => {
    const company: RJSFSchema = {
      type: 'object',
      properties: { branch: { type: 'string' } },
      dependencies: { branch: { properties: { parent: { type: 'string' } } } },
    };
    const withBranch = utils.retrieveSchema(company, { branch: 'x' });
    expect(withBranch.properties).toHaveProperty('parent');
    expect(utils.retrieveSchema(company, { branch: 'x' })).not.toBe(withBranch);
    expect(withRetrieveCache(utils)).toBe(utils);
    expect(withRetrieveCache(plain)).toBe(utils);
  });
});
