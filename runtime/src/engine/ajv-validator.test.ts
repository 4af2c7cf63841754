import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { createAjvValidator } from './ajv-validator.ts';

const root: RJSFSchema = {
  type: 'object',
  definitions: { lost: { properties: { reason: { const: 'lost' } }, required: ['reason'] } },
  properties: { reason: { type: 'string' }, id: { type: 'string', format: 'cn-id-card' } },
  required: ['reason'],
};

describe('createAjvValidator (rjsf ValidatorType on OneWindow’s ajv)', () => {
  it('answers isValid for branch conditions, following $refs into the root schema', () => {
    const validator = createAjvValidator();
    const condition: RJSFSchema = { $ref: '#/definitions/lost' };
    expect(validator.isValid(condition, { reason: 'lost' }, root)).toBe(true);
    expect(validator.isValid(condition, { reason: 'expired' }, root)).toBe(false);
    expect(validator.isValid({ properties: { a: { const: 1 } } }, { a: 1 }, root)).toBe(true);
  });

  it('says "not valid" for a subschema it cannot compile instead of throwing', () => {
    expect(createAjvValidator().isValid({ $ref: '#/definitions/nope' }, {}, root)).toBe(false);
  });

  it('validates form data with the Chinese formats and our messages, in the chosen language', () => {
    const { errors, errorSchema } = createAjvValidator({ locale: 'en' }).validateFormData(
      { id: '123' },
      root,
    );
    expect(errors.map((e) => [e.property, e.name])).toEqual([
      ['.id', 'format'],
      ['.reason', 'required'],
    ]);
    expect(errors[1].message).toBe('This field is required');
    expect(errorSchema).toMatchObject({ reason: { __errors: ['This field is required'] } });
  });
});
