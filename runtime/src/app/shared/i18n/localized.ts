import type { Locale, LocalizedText } from '@onewindow/schemas';

/** The text of `value` in `locale`, falling back to Chinese, then to any language present. */
export function localized(value: LocalizedText | undefined | null, locale: Locale): string {
  if (!value) return '';
  return value[locale] ?? value['zh-CN'] ?? value.en ?? '';
}
