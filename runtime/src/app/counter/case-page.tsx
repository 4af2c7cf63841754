import { Descriptions, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useApi } from '../shared/api/api-context.tsx';
import type { CaseAction, CaseDetail } from '../shared/api/api-types.ts';
import { ErrorAlert } from '../shared/api/error-alert.tsx';
import { useApiQuery } from '../shared/api/use-api-query.ts';
import { CheckPanel } from '../shared/check/check-panel.tsx';
import { OutcomeBadge } from '../shared/check/outcome-badge.tsx';
import { outlineForm } from '../shared/form/form-outline.ts';
import { ItemForm } from '../shared/form/item-form.tsx';
import { localizeUiSchema } from '../shared/form/localize-ui-schema.ts';
import { formatInstant } from '../shared/format-date.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { ButtonLink } from '../shared/router/button-link.tsx';
import { ActionDialog } from './action-dialog.tsx';
import { CaseActions } from './case-actions.tsx';
import { CaseAttachments } from './case-attachments.tsx';
import { CaseClocks } from './case-clocks.tsx';
import { CaseTimeline } from './case-timeline.tsx';
import { useItemVersion } from './use-item-version.ts';

/** 办件详情: summary, clocks, every allowed action (each confirmed), the scans, the timeline, the check and the form. */
export function CasePage({ id }: { id: string }) {
  const { t, locale, text } = useI18n();
  const api = useApi();
  const detail = useApiQuery(
    (signal) => api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, { signal }),
    [api, id],
  );
  const [action, setAction] = useState<CaseAction | null>(null);
  const view = detail.data?.case;
  const version = useItemVersion(view?.definition.code ?? '', view?.definition.version ?? 0);
  const pinned = view ? version.data : undefined;
  const outline = useMemo(
    () =>
      outlineForm(pinned?.definition.form.schema, localizeUiSchema(pinned?.definition.form.uiSchema, locale)),
    [pinned, locale],
  );
  const rejectReason = useMemo(
    () =>
      detail.data?.check.rejections
        .map((r) => [text(r.message), r.basis].filter(Boolean).join(' '))
        .join('\n'),
    [detail.data, text],
  );

  if (detail.error && !detail.data) return <ErrorAlert error={detail.error} />;
  if (!detail.data || !view) return <Spin aria-label={t('common.loading')} className="ow-center" />;
  const { check, timeline } = detail.data;

  return (
    <>
      <Typography.Title level={1} className="ow-page-title">
        {t('case.title', { caseNumber: view.caseNumber })}
      </Typography.Title>
      <div className="ow-receive">
        <div>
          <section className="ow-card" aria-labelledby="case-summary">
            <h2 id="case-summary">{t('case.summary')}</h2>
            <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
              <Descriptions.Item label={t('case.item')}>{view.itemName}</Descriptions.Item>
              <Descriptions.Item label={t('case.applicant')}>{view.applicantName}</Descriptions.Item>
              <Descriptions.Item label={t('case.status')}>
                {t(`status.${view.status}` as const)}
              </Descriptions.Item>
              <Descriptions.Item label={t('case.outcome')}>
                <OutcomeBadge outcome={view.outcome} />
                {view.override && (
                  <div className="ow-why">{t('case.override', { reason: view.override.reason })}</div>
                )}
              </Descriptions.Item>
              <Descriptions.Item label={t('case.received')}>
                {formatInstant(view.receivedAt, locale)}
              </Descriptions.Item>
              <Descriptions.Item label={t('case.accepted')}>{view.acceptedAt ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('case.version')}>
                {t('check.definition', { code: view.definition.code, version: view.definition.version })}
              </Descriptions.Item>
            </Descriptions>
          </section>
          <section className="ow-card" aria-labelledby="case-clocks">
            <h2 id="case-clocks">{t('case.clocks')}</h2>
            <CaseClocks view={view} />
          </section>
          <section className="ow-card" aria-labelledby="case-actions">
            <h2 id="case-actions">{t('case.actions')}</h2>
            <CaseActions view={view} onAction={setAction} />
            <div className="ow-gap-top">
              <ButtonLink to={`/notice/${encodeURIComponent(view.id)}`}>{t('case.notice')}</ButtonLink>
            </div>
          </section>
          <section className="ow-card" aria-labelledby="case-attachments">
            <h2 id="case-attachments">{t('case.attachments')}</h2>
            <CaseAttachments attachments={view.attachments} materials={pinned?.definition.materials} />
          </section>
          <section className="ow-card" aria-labelledby="case-timeline">
            <h2 id="case-timeline">{t('case.timeline')}</h2>
            <CaseTimeline
              events={timeline}
              attachments={view.attachments}
              materials={pinned?.definition.materials}
            />
          </section>
          {pinned && (
            <section className="ow-card" aria-labelledby="case-form">
              <h2 id="case-form">{t('case.form')}</h2>
              <ItemForm
                key={view.revision}
                schema={pinned.definition.form.schema}
                uiSchema={pinned.definition.form.uiSchema}
                initialFormData={view.formData}
                formErrors={check.formErrors}
                showErrors="all"
                readonly
                idPrefix="case"
              />
            </section>
          )}
        </div>
        <CheckPanel result={check} outline={outline} title={t('case.check')} note={check.today} />
      </div>
      <ActionDialog
        view={view}
        action={action}
        version={pinned}
        defaultReason={action === 'reject' ? rejectReason : undefined}
        onClose={() => setAction(null)}
        onDone={() => detail.reload()}
        onStale={() => detail.reload()}
        doneExtra={() => (
          <ButtonLink to={`/notice/${encodeURIComponent(view.id)}`}>{t('receipt.printNotice')}</ButtonLink>
        )}
      />
    </>
  );
}
