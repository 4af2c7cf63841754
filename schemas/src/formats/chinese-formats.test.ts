import { describe, expect, it } from 'vitest';
import { chineseFormats, isChineseFormatName } from './chinese-formats.ts';

describe('chineseFormats', () => {
  it('validates each format with its own rule', () => {
    expect(chineseFormats['cn-id-card'].validate('11010519491231002X')).toBe(true);
    expect(chineseFormats['cn-id-card'].validate('110105194912310020')).toBe(false);
    expect(chineseFormats['cn-uscc'].validate('91440300708461136T')).toBe(true);
    expect(chineseFormats['cn-uscc'].validate('91440300708461136A')).toBe(false);
    expect(chineseFormats['cn-mobile'].validate('13800138000')).toBe(true);
    expect(chineseFormats['cn-mobile'].validate('12800138000')).toBe(false);
    expect(chineseFormats['cn-postcode'].validate('100000')).toBe(true);
    expect(chineseFormats['cn-postcode'].validate('10000')).toBe(false);
  });

  it('carries messages a person would write, in zh-CN and en', () => {
    expect(chineseFormats['cn-id-card'].message).toEqual({
      'zh-CN': '请输入正确的 18 位居民身份证号码',
      en: 'Enter a valid 18-character resident ID number',
    });
    expect(chineseFormats['cn-uscc'].message).toEqual({
      'zh-CN': '请输入正确的 18 位统一社会信用代码',
      en: 'Enter a valid 18-character unified social credit code',
    });
    expect(chineseFormats['cn-mobile'].message).toEqual({
      'zh-CN': '请输入 11 位手机号码',
      en: 'Enter an 11-digit mobile number',
    });
    expect(chineseFormats['cn-postcode'].message).toEqual({
      'zh-CN': '请输入 6 位邮政编码',
      en: 'Enter a 6-digit postcode',
    });
  });

  it('knows its own names and no others, inherited ones included', () => {
    expect(isChineseFormatName('cn-mobile')).toBe(true);
    expect(isChineseFormatName('date')).toBe(false);
    expect(isChineseFormatName('toString')).toBe(false);
  });
});
