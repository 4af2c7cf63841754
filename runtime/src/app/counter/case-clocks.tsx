import { Alert, Descriptions } from 'antd';
import type { CaseView, DeadlineView } from '../shared/api/api-types.ts';
import { TrafficLight } from '../shared/check/traffic-light.tsx';
import { formatDue } from '../shared/format-date.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';

function Deadline({ view }: { view: DeadlineView | null }) {
  const { t, locale } = useI18n();
  if (!view) return <span>{t('case.notStarted')}</span>;
  return (
    <span className="ow-line">
      <strong>{formatDue(view.due, locale)}</strong>
      {view.paused ? (
        <span>{t('case.paused')}</span>
      ) : (
        view.light && <TrafficLight light={view.light} remaining={view.remaining} />
      )}
    </span>
  );
}

/** 办理时限: the acceptance window before acceptance, then both deadlines with their lights. */
export function CaseClocks({ view }: { view: CaseView }) {
  const { t, locale } = useI18n();
  const { clocks } = view;
  return (
    <>
      <Descriptions column={1} size="small" bordered>
        {clocks.acceptanceWindow && (
          <Descriptions.Item label={t('case.acceptanceWindow')}>
            <span className="ow-line">
              {formatDue(clocks.acceptanceWindow.due, locale)}
              {clocks.acceptanceWindow.passed && (
                <span className="ow-tag ow-tag-bad">{t('case.windowPassed')}</span>
              )}
            </span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('case.promised')}>
          <Deadline view={clocks.promised} />
        </Descriptions.Item>
        <Descriptions.Item label={t('case.statutory')}>
          <Deadline view={clocks.statutory} />
        </Descriptions.Item>
        {view.concludedAt && (
          <Descriptions.Item label={t('case.concluded')}>
            {formatDue(view.concludedAt, locale)}
          </Descriptions.Item>
        )}
      </Descriptions>
      {clocks.provisional.length > 0 && (
        <Alert
          className="ow-gap-top"
          type="warning"
          showIcon
          title={t('case.provisional', { years: clocks.provisional.join(t('common.enumSeparator')) })}
        />
      )}
      {view.deemedAcceptance && (
        <Alert
          className="ow-gap-top"
          type="warning"
          showIcon
          title={t('case.deemed', { date: view.deemedAcceptance.acceptedOn })}
        />
      )}
    </>
  );
}
