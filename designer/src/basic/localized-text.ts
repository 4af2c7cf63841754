import type { Locale, LocalizedText } from '@onewindow/schemas';

/**
 * `value` with the text of `locale` replaced: an empty text removes that language; an empty value
 * becomes `undefined`, except when Chinese is `required` (a ZhText, or an array element that must
 * not vanish) — then an emptied Chinese text stays `''` for lint to flag. Keys stay in zh, en order.
 */
export function withLocaleText(
  value: LocalizedText | undefined,
  locale: Locale,
  text: string,
  required = false,
): LocalizedText | undefined {
  const merged: LocalizedText = { ...value, [locale]: text === '' ? undefined : text };
  const zh = merged['zh-CN'] ?? (required ? '' : undefined);
  const en = merged.en;
  if (zh === undefined && en === undefined) return undefined;
  return { ...(zh === undefined ? {} : { 'zh-CN': zh }), ...(en === undefined ? {} : { en }) };
}
