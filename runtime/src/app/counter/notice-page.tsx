import { PrinterOutlined } from '@ant-design/icons';
import { Button, Spin } from 'antd';
import { useMemo } from 'react';
import { useApi } from '../shared/api/api-context.tsx';
import type { CaseDetail } from '../shared/api/api-types.ts';
import { ErrorAlert } from '../shared/api/error-alert.tsx';
import { useApiQuery } from '../shared/api/use-api-query.ts';
import { outlineForm } from '../shared/form/form-outline.ts';
import { localizeUiSchema } from '../shared/form/localize-ui-schema.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { ButtonLink } from '../shared/router/button-link.tsx';
import { useRouter } from '../shared/router/router.tsx';
import { NoticeBody } from './notice-body.tsx';
import { noticeKind } from './notice-kind.ts';
import { receiptMemory } from './receipt-memory.ts';
import { useItemVersion } from './use-item-version.ts';

const TITLES = {
  accepted: 'notice.accepted',
  supplement: 'notice.supplement',
  rejected: 'notice.rejected',
  receipt: 'notice.receipt',
} as const;

/**
 * The printable notice of a case (print-friendly HTML; the shell is hidden in print): 受理通知书 when
 * accepted, 一次性告知书 listing everything missing, 不予受理通知书 with reason and legal basis, or the
 * 收件凭证 while no decision was made.
 */
export function NoticePage({ id }: { id: string }) {
  const { t, text, locale } = useI18n();
  const api = useApi();
  const router = useRouter();
  const detail = useApiQuery(
    (signal) => api.get<CaseDetail>(`/api/cases/${encodeURIComponent(id)}`, { signal }),
    [api, id],
  );
  const ref = detail.data?.case.definition;
  const version = useItemVersion(ref?.code ?? '', ref?.version ?? 0);
  // The notice names fields the way the form shows them in the current language.
  const outline = useMemo(
    () =>
      outlineForm(
        version.data?.definition.form.schema,
        localizeUiSchema(version.data?.definition.form.uiSchema, locale),
      ),
    [version.data, locale],
  );
  if (detail.error) return <ErrorAlert error={detail.error} />;
  if (!detail.data || !version.data) return <Spin aria-label={t('common.loading')} className="ow-center" />;
  const kind = noticeKind(detail.data, new URLSearchParams(router.location.search).get('kind'));
  const department = text(version.data.definition.department.name);
  return (
    <>
      <div className="ow-notice-toolbar">
        <Button type="primary" icon={<PrinterOutlined aria-hidden />} onClick={() => window.print()}>
          {t('common.print')}
        </Button>
        <ButtonLink to={`/cases/${encodeURIComponent(id)}`}>{t('receipt.openCase')}</ButtonLink>
        <ButtonLink to="/counter">{t('receipt.newReceipt')}</ButtonLink>
      </div>
      <article className="ow-notice" aria-labelledby="notice-title">
        <h1 id="notice-title">{t(TITLES[kind])}</h1>
        <div className="ow-notice-number">
          {t('notice.caseNumber', { caseNumber: detail.data.case.caseNumber })}
        </div>
        <NoticeBody
          kind={kind}
          detail={detail.data}
          outline={outline}
          department={department}
          queryCode={receiptMemory.queryCodeOf(id)}
        />
      </article>
    </>
  );
}
