import type { FormError, Locale } from '@onewindow/schemas';
import type { ErrorSchema } from '@rjsf/utils';
import { localized } from '../i18n/localized.ts';

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/**
 * The engine's form errors (JSON pointers, zh/en messages) as rjsf's `extraErrors` tree, so each
 * error shows under its field. `show` decides which pointers are shown (e.g. the fields touched).
 */
export function toExtraErrors(
  errors: readonly FormError[],
  locale: Locale,
  show: (pointer: string) => boolean = () => true,
): ErrorSchema {
  const root: Record<string, unknown> = {};
  for (const error of errors) {
    if (!show(error.path)) continue;
    let node = root;
    for (const segment of error.path.split('/').slice(1).map(unescapeSegment)) {
      const next = node[segment];
      if (next === null || typeof next !== 'object') node[segment] = {};
      node = node[segment] as Record<string, unknown>;
    }
    const list = (node.__errors as string[] | undefined) ?? [];
    const message = localized(error.message, locale);
    if (!list.includes(message)) list.push(message);
    node.__errors = list;
  }
  return root as ErrorSchema;
}
