import { describe, expect, it } from 'vitest';
import { localizeUiSchema } from './localize-ui-schema.ts';

const ui = {
  'ui:order': ['applicant', 'reason'],
  applicant: {
    'ui:en': { title: 'Applicant' },
    name: { 'ui:placeholder': '与身份证件一致', 'ui:en': { title: 'Name' } },
    mobile: {
      'ui:placeholder': '11位手机号码',
      'ui:help': '结果将发送到此号码',
      'ui:en': { title: 'Mobile', description: 'Your own number', help: 'Results go here', placeholder: '' },
    },
    phone: { 'ui:widget': 'tel' },
  },
  reason: { 'ui:enumNames': ['到期换领', '遗失补领'], 'ui:en': { enumNames: ['Expired', ''] } },
};

describe('a uiSchema in a language', () => {
  it('puts the English titles and option labels where rjsf reads them, nested sections included', () => {
    const en = localizeUiSchema(ui, 'en');
    expect(en.applicant).toMatchObject({ 'ui:title': 'Applicant' });
    expect(en.applicant.name).toMatchObject({ 'ui:title': 'Name', 'ui:placeholder': '与身份证件一致' });
    expect(en.reason['ui:enumNames']).toEqual(['Expired', '遗失补领']);
    // Help and description in English; a placeholder without an English text keeps the Chinese one.
    expect(en.applicant.mobile).toMatchObject({
      'ui:title': 'Mobile',
      'ui:description': 'Your own number',
      'ui:help': 'Results go here',
      'ui:placeholder': '11位手机号码',
    });
    expect(en['ui:order']).toBe(ui['ui:order']);
    expect(en.applicant.phone).toBe(ui.applicant.phone);
  });

  it('is the very same object in Chinese, and in English when there is nothing to translate', () => {
    expect(localizeUiSchema(ui, 'zh-CN')).toBe(ui);
    const plain = { name: { 'ui:placeholder': '姓名' }, list: { items: { 'ui:widget': 'textarea' } } };
    expect(localizeUiSchema(plain, 'en')).toBe(plain);
    expect(localizeUiSchema(undefined, 'en')).toBeUndefined();
  });
});
