import { Timeline } from 'antd';
import type { CaseEvent } from '../shared/api/api-types.ts';
import { formatInstant } from '../shared/format-date.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import type { MessageKey } from '../shared/i18n/messages.ts';
import { eventLabel, type I18nLike } from './event-label.ts';

function details(e: CaseEvent, i18n: I18nLike): string[] {
  const { t } = i18n;
  const lines: string[] = [];
  const d = e.data;
  if (typeof d.reason === 'string') lines.push(`${t('action.reason')}：${d.reason}`);
  if (typeof d.type === 'string' && e.type === 'suspend') lines.push(t(`suspend.${d.type}` as MessageKey));
  if (typeof d.approver === 'string')
    lines.push(`${t('action.approver')}：${d.approver}，+${String(d.amount)}`);
  if (typeof d.to === 'string' && e.type === 'override')
    lines.push(`${t('action.outcome')}：${t(`outcome.${d.to}` as MessageKey)}`);
  if (typeof d.outcome === 'string' && e.type === 'receive')
    lines.push(`${t('case.outcome')}：${t(`outcome.${d.outcome}` as MessageKey)}`);
  if (typeof d.acceptedOn === 'string') lines.push(`${t('case.accepted')}：${d.acceptedOn}`);
  return lines;
}

/** 办理过程: every event with its time, actor, new status and what it carried. */
export function CaseTimeline({ events }: { events: readonly CaseEvent[] }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  return (
    <Timeline
      items={events.map((e) => ({
        key: `${e.seq}-${e.type}`,
        content: (
          <div>
            <div className="ow-line">
              <strong>{eventLabel(e.type, i18n)}</strong>
              <span>→ {t(`status.${e.toStatus}` as const)}</span>
            </div>
            <div className="ow-why">
              {formatInstant(e.at, locale)} · {e.actor}
            </div>
            {details(e, i18n).map((line) => (
              <div key={line} className="ow-why">
                {line}
              </div>
            ))}
          </div>
        ),
      }))}
    />
  );
}
