import { Alert, Descriptions, Space } from 'antd';
import { useMemo, useState } from 'react';
import type { CaseAction, CaseView, ReceiptAnswer } from '../shared/api/api-types.ts';
import { CheckPanel } from '../shared/check/check-panel.tsx';
import { OutcomeBadge } from '../shared/check/outcome-badge.tsx';
import type { FormOutline } from '../shared/form/form-outline.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { ButtonLink } from '../shared/router/button-link.tsx';
import { ActionDialog } from './action-dialog.tsx';
import { NextStepButtons } from './next-step-buttons.tsx';

/**
 * 收件回执: the case number and the query code (shown this once), the server's authoritative check,
 * and the next step that check allows — accept, one-time supplement notice, or refusal — each
 * confirmed, then on to the printable notice.
 */
export function ReceiptView({ answer, outline }: { answer: ReceiptAnswer; outline: FormOutline }) {
  const { t, text } = useI18n();
  const [view, setView] = useState<CaseView>(answer.case);
  const [action, setAction] = useState<CaseAction | null>(null);
  const rejectReason = useMemo(
    () => answer.check.rejections.map((r) => [text(r.message), r.basis].filter(Boolean).join(' ')).join('\n'),
    [answer.check, text],
  );
  const noticeLink = `/notice/${encodeURIComponent(view.id)}`;
  return (
    <div className="ow-receive">
      <div>
        <div className="ow-card">
          <h1 className="ow-page-title">{t('receipt.title')}</h1>
          <Descriptions column={1} bordered size="middle">
            <Descriptions.Item label={t('receipt.caseNumber')}>
              <span className="ow-receipt-numbers" data-testid="case-number">
                {view.caseNumber}
              </span>
            </Descriptions.Item>
            {answer.queryCode && (
              <Descriptions.Item label={t('receipt.queryCode')}>
                <span className="ow-query-code" data-testid="query-code">
                  {answer.queryCode}
                </span>
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('case.item')}>{view.itemName}</Descriptions.Item>
            <Descriptions.Item label={t('case.status')}>
              {t(`status.${view.status}` as const)}
            </Descriptions.Item>
            <Descriptions.Item label={t('receipt.serverOutcome')}>
              <OutcomeBadge outcome={view.outcome} />
            </Descriptions.Item>
          </Descriptions>
          {answer.queryCode && (
            <Alert className="ow-receipt-alert" type="warning" showIcon title={t('receipt.queryCodeOnce')} />
          )}
        </div>
        <div className="ow-card">
          <h2>{t('receipt.next')}</h2>
          <Space wrap>
            <NextStepButtons view={view} onAction={setAction} />
            <ButtonLink to={noticeLink}>{t('receipt.printNotice')}</ButtonLink>
            <ButtonLink to={`/cases/${encodeURIComponent(view.id)}`}>{t('receipt.openCase')}</ButtonLink>
            <ButtonLink to="/counter">{t('receipt.newReceipt')}</ButtonLink>
          </Space>
        </div>
      </div>
      <CheckPanel
        result={answer.check}
        outline={outline}
        title={t('receipt.serverOutcome')}
        note={t('case.check')}
      />
      <ActionDialog
        view={view}
        action={action}
        defaultReason={action === 'reject' ? rejectReason : undefined}
        onClose={() => setAction(null)}
        onDone={(a) => setView(a.case)}
        doneExtra={() => (
          <ButtonLink type="primary" to={noticeLink}>
            {t('receipt.printNotice')}
          </ButtonLink>
        )}
      />
    </div>
  );
}
