import type { Locale, LocalizedText } from '@onewindow/schemas';

/**
 * `text` with its `locale` entry set to `value`; an empty value removes the entry (the schema wants
 * no empty strings), and a text left with no entry becomes `undefined` so the caller can drop it.
 */
export function withLocaleText(
  text: LocalizedText | undefined,
  locale: Locale,
  value: string,
): LocalizedText | undefined {
  const next: LocalizedText = { ...text };
  if (value === '') delete next[locale];
  else next[locale] = value;
  return next['zh-CN'] === undefined && next.en === undefined ? undefined : next;
}
