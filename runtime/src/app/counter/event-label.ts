import type { CaseEvent } from '../shared/api/api-types.ts';
import type { MessageKey, Translate } from '../shared/i18n/messages.ts';

/** The part of `useI18n()` event labels need. */
export interface I18nLike {
  t: Translate;
}

const EVENT_KEYS: Readonly<Record<string, MessageKey>> = {
  receive: 'event.receive',
  'deemed-accept': 'event.deemed-accept',
};

/** The words for a timeline event: 收件, 视为受理, or the action's name. */
export function eventLabel(type: string, { t }: I18nLike): string {
  const key = EVENT_KEYS[type] ?? (`action.${type}` as MessageKey);
  const text = t(key);
  return text === key ? type : text;
}

/**
 * Who acted, as people read it: the account's display name (经办人), 系统 for the server's own
 * acts (deemed acceptance, seeding), else the login name of an account that no longer exists.
 */
export function actorLabel(event: Pick<CaseEvent, 'actor' | 'actorName'>, { t }: I18nLike): string {
  if (event.actorName) return event.actorName;
  return event.actor === 'system' ? t('event.system') : event.actor;
}
