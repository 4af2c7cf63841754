import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { createAjv } from './create-ajv.ts';
import { createLocalizer, localizeErrors } from './localize-errors.ts';

const schema = {
  type: 'object',
  properties: { mobile: { type: 'string', format: 'cn-mobile' }, name: { type: 'string' } },
  required: ['name'],
};

function errorsOf(data: unknown): ErrorObject[] {
  const validate = createAjv().compile(schema);
  validate(data);
  return validate.errors ?? [];
}

describe('localizeErrors', () => {
  it('rewrites messages in Chinese, ordered by field', () => {
    expect(
      localizeErrors(errorsOf({ mobile: '123' }), 'zh-CN').map((e) => [e.instancePath, e.message]),
    ).toEqual([
      ['/mobile', '请输入 11 位手机号码'],
      ['', '此项为必填项'],
    ]);
  });

  it('rewrites messages in English', () => {
    expect(localizeErrors(errorsOf({ mobile: '123' }), 'en').map((e) => e.message)).toEqual([
      'Enter an 11-digit mobile number',
      'This field is required',
    ]);
  });

  it('leaves the errors it was given untouched', () => {
    const errors = errorsOf({ mobile: '123' });
    const before = structuredClone(errors);
    localizeErrors(errors, 'zh-CN');
    expect(errors).toEqual(before);
  });
});

describe('createLocalizer', () => {
  it('rewrites in place, in the shape rjsf and ajv-i18n expect', () => {
    const errors = errorsOf({ mobile: '123' });
    createLocalizer('zh-CN')(errors);
    expect(errors.map((e) => e.message)).toEqual(['请输入 11 位手机号码', '此项为必填项']);
    expect(() => createLocalizer('en')(null)).not.toThrow();
  });
});
