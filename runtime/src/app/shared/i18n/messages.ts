import type { Locale } from '@onewindow/schemas';
import { en } from './messages-en.ts';
import { type MessageKey, zh } from './messages-zh.ts';

export type { MessageKey };

/** The one message table of the web apps, by language. */
export const messages: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  'zh-CN': zh,
  en,
};

/** Parameters of a message: `{name}` in the text is replaced by `params.name`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A translator bound to one language. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The translator of `locale`: looks the key up and fills in `{name}` parameters (unknown ones stay as written). */
export function createTranslate(locale: Locale): Translate {
  const table = messages[locale];
  return (key, params) => {
    const text = table[key] ?? zh[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  };
}
