import { Result } from 'antd';
import type { ReactNode } from 'react';
import type { CaseAction, CaseView } from '../shared/api/api-types.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';

/** After an action: what was done, the case's status and its (new) deadlines, or that they wait for the clock to resume. */
export function ActionResult({
  action,
  view,
  extra,
}: {
  action: CaseAction;
  view: CaseView;
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  const promised = view.clocks.promised?.due ?? view.promisedDue;
  const statutory = view.clocks.statutory?.due ?? view.statutoryDue;
  // While the clock is paused the dates shown are the ones before the pause: they will move.
  const paused = view.clocks.promised?.paused === true || view.clocks.statutory?.paused === true;
  return (
    <Result
      status="success"
      title={<span role="status">{t('action.done', { action: t(`action.${action}` as const) })}</span>}
      subTitle={
        <>
          <div>
            {t('common.labelled', { label: t('case.status'), value: t(`status.${view.status}` as const) })}
          </div>
          {promised && statutory && (
            <div className="ow-new-deadline">
              {t(paused ? 'action.pausedDeadline' : 'action.newDeadline', { promised, statutory })}
            </div>
          )}
        </>
      }
      extra={extra}
    />
  );
}
