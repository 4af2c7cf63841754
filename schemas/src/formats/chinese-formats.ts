import { isCnIdCard } from './cn-id-card.ts';
import { isCnMobile } from './cn-mobile.ts';
import { isCnPostcode } from './cn-postcode.ts';
import { isCnUscc } from './cn-uscc.ts';
import type { BilingualText } from './localized-text.ts';

/** A string format for JSON Schema's `format` keyword, with the message a form shows when it fails. */
export interface ChineseFormat {
  validate(s: string): boolean;
  message: BilingualText;
}

/** The names our definitions use in `"format": ...`. */
export type ChineseFormatName = 'cn-id-card' | 'cn-uscc' | 'cn-mobile' | 'cn-postcode';

/** The Chinese formats, registered on every ajv by `createAjv` and looked up for error messages. */
export const chineseFormats: Readonly<Record<ChineseFormatName, ChineseFormat>> = {
  'cn-id-card': {
    validate: isCnIdCard,
    message: {
      'zh-CN': '请输入正确的 18 位居民身份证号码',
      en: 'Enter a valid 18-character resident ID number',
    },
  },
  'cn-uscc': {
    validate: isCnUscc,
    message: {
      'zh-CN': '请输入正确的 18 位统一社会信用代码',
      en: 'Enter a valid 18-character unified social credit code',
    },
  },
  'cn-mobile': {
    validate: isCnMobile,
    message: { 'zh-CN': '请输入 11 位手机号码', en: 'Enter an 11-digit mobile number' },
  },
  'cn-postcode': {
    validate: isCnPostcode,
    message: { 'zh-CN': '请输入 6 位邮政编码', en: 'Enter a 6-digit postcode' },
  },
};

/** Whether `name` is one of {@link chineseFormats}. */
export function isChineseFormatName(name: string): name is ChineseFormatName {
  return Object.hasOwn(chineseFormats, name);
}
