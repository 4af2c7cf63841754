import type { Duration } from '@onewindow/schemas';
import type { Translate } from '../shared/i18n/messages.ts';

/** 15 个工作日 / 60 日 / 24 小时. */
export function formatDuration(d: Duration | undefined, t: Translate): string {
  if (!d) return '';
  return t(`unit.${d.unit}`, { n: d.amount });
}
