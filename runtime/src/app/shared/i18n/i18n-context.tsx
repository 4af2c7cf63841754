import type { Locale, LocalizedText } from '@onewindow/schemas';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { loadLocale, saveLocale } from './locale-storage.ts';
import { localized } from './localized.ts';
import { createTranslate, type Translate } from './messages.ts';

/** What `useI18n()` gives: the language, a switch, the translator and a picker for localized data. */
export interface I18n {
  locale: Locale;
  setLocale(locale: Locale): void;
  t: Translate;
  /** The text of a definition's `{zh-CN, en}` value in the current language. */
  text(value: LocalizedText | undefined | null): string;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the language (zh-CN by default, remembered in localStorage) to everything below it. */
export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => initial ?? loadLocale());
  const setLocale = useCallback((next: Locale) => {
    saveLocale(next);
    setLocaleState(next);
  }, []);
  useEffect(() => {
    dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({ locale, setLocale, t: createTranslate(locale), text: (v) => localized(v, locale) }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language and translator; throws outside an `I18nProvider` (a wiring mistake). */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() needs an <I18nProvider> above it.');
  return value;
}
