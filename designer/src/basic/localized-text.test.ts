import { describe, expect, it } from 'vitest';
import { withLocaleText } from './localized-text.ts';

describe('withLocaleText', () => {
  it('sets one language and keeps the other, Chinese first', () => {
    expect(withLocaleText({ en: 'Name' }, 'zh-CN', '名称')).toEqual({ 'zh-CN': '名称', en: 'Name' });
    expect(Object.keys(withLocaleText({ en: 'Name' }, 'zh-CN', '名称') ?? {})).toEqual(['zh-CN', 'en']);
  });

  it('removes an emptied language and an emptied optional text', () => {
    expect(withLocaleText({ 'zh-CN': '名称', en: 'Name' }, 'en', '')).toEqual({ 'zh-CN': '名称' });
    expect(withLocaleText({ 'zh-CN': '名称' }, 'zh-CN', '')).toBeUndefined();
    expect(withLocaleText(undefined, 'en', 'Name')).toEqual({ en: 'Name' });
  });

  it('keeps an emptied required Chinese text as an empty string', () => {
    expect(withLocaleText({ 'zh-CN': '名称' }, 'zh-CN', '', true)).toEqual({ 'zh-CN': '' });
    expect(withLocaleText({ 'zh-CN': '名称', en: 'Name' }, 'zh-CN', '', true)).toEqual({
      'zh-CN': '',
      en: 'Name',
    });
  });
});
