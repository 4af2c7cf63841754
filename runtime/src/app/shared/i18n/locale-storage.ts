import type { Locale } from '@onewindow/schemas';

const KEY = 'onewindow.locale';

/** The language the user chose last time on this browser; zh-CN unless they chose English. */
export function loadLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Remembers the chosen language (private windows without storage simply forget it). */
export function saveLocale(locale: Locale): void {
  try {
    globalThis.localStorage?.setItem(KEY, locale);
  } catch {
    // Storage can be unavailable (quota, privacy mode): the choice lasts for this page only.
  }
}
