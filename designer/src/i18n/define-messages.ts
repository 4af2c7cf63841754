import { useI18n } from '@onewindow/runtime/app';
import type { Locale } from '@onewindow/schemas';
import { useMemo } from 'react';

/**
 * The designer's own strings live beside the screens that use them (one table per area, so areas
 * never edit one shared file); words both apps use come from the runtime's table through `useI18n().t`.
 * A table is `{'zh-CN': {...}, en: {...}}` with the same keys in both (the type checks it).
 */
export type MessageTable<K extends string> = Readonly<Record<Locale, Readonly<Record<K, string>>>>;

/** Declares a table; `en` must have every key of `zh-CN`. */
export function defineMessages<K extends string>(table: {
  'zh-CN': Readonly<Record<K, string>>;
  en: Readonly<Record<NoInfer<K>, string>>;
}): MessageTable<K> {
  return table;
}

export type Messages<K extends string> = (
  key: K,
  params?: Readonly<Record<string, string | number>>,
) => string;

/** A translator for one table in one language: `{name}` parameters are filled in. */
export function translator<K extends string>(table: MessageTable<K>, locale: Locale): Messages<K> {
  const strings = table[locale] ?? table['zh-CN'];
  return (key, params) => {
    const text = strings[key] ?? table['zh-CN'][key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  };
}

/** The translator of `table` in the current language. */
export function useMessages<K extends string>(table: MessageTable<K>): Messages<K> {
  const { locale } = useI18n();
  return useMemo(() => translator(table, locale), [table, locale]);
}
