import { Descriptions, Timeline } from 'antd';
import { eventLabel } from '../counter/event-label.ts';
import type { PublicProgress } from '../shared/api/api-types.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';

/** What a progress query found: item, status, dates and the timeline (event kinds and dates only). */
export function ProgressResult({ progress }: { progress: PublicProgress }) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <section aria-labelledby="progress-result" aria-live="polite" className="ow-gap-top">
      <h3 id="progress-result">{t('progress.result')}</h3>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('progress.caseNumber')}>{progress.caseNumber}</Descriptions.Item>
        <Descriptions.Item label={t('progress.item')}>{progress.itemName}</Descriptions.Item>
        <Descriptions.Item label={t('progress.status')}>
          <strong>{t(`status.${progress.status}` as const)}</strong>
        </Descriptions.Item>
        <Descriptions.Item label={t('progress.receivedOn')}>{progress.receivedOn}</Descriptions.Item>
        {progress.acceptedOn && (
          <Descriptions.Item label={t('progress.acceptedOn')}>{progress.acceptedOn}</Descriptions.Item>
        )}
        {progress.promisedDue && (
          <Descriptions.Item label={t('progress.promisedDue')}>{progress.promisedDue}</Descriptions.Item>
        )}
        {progress.concludedOn && (
          <Descriptions.Item label={t('progress.concludedOn')}>{progress.concludedOn}</Descriptions.Item>
        )}
      </Descriptions>
      <h3 className="ow-gap-top">{t('progress.timeline')}</h3>
      <Timeline
        items={progress.timeline.map((e, i) => ({
          key: `${i}-${e.type}`,
          content: (
            <span>
              {e.date} {eventLabel(e.type, i18n)}
            </span>
          ),
        }))}
      />
    </section>
  );
}
