import type { Messages } from '../i18n/define-messages.ts';
import { versionsMessages } from './versions-messages.ts';

type VersionsKey = keyof (typeof versionsMessages)['zh-CN'];

/** The name of a top-level part of a definition (`rules` → 审查规则); an unknown part keeps its key. */
export function partLabel(m: Messages<VersionsKey>, part: string): string {
  if (part === '') return m('diff.whole');
  const key = `part.${part}`;
  return Object.hasOwn(versionsMessages['zh-CN'], key) ? m(key as VersionsKey) : part;
}
