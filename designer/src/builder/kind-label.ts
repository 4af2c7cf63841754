import type { Locale } from '@onewindow/schemas';
import { type FieldKind, KIND_TEMPLATES } from './model/field-kinds.ts';

/** The name of a field type in `locale` (the palette's words). */
export function kindLabel(kind: FieldKind, locale: Locale): string {
  if (kind === 'other') return locale === 'en' ? 'Other' : '其他';
  return KIND_TEMPLATES[kind].label[locale];
}
