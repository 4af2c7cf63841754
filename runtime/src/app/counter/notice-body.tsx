import type { CaseDetail, SupplementNotice } from '../shared/api/api-types.ts';
import { type FormOutline, fieldName } from '../shared/form/form-outline.ts';
import { formatDue, formatNoticeDate } from '../shared/format-date.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { actorLabel } from './event-label.ts';
import { lastEvent, type NoticeKind } from './notice-kind.ts';

interface NoticeBodyProps {
  kind: NoticeKind;
  detail: CaseDetail;
  outline: FormOutline;
  department: string;
  queryCode?: string;
}

function SupplementItems({ notice, outline }: { notice: SupplementNotice; outline: FormOutline }) {
  const { t, text } = useI18n();
  return (
    <>
      {notice.missingMaterials.length > 0 && (
        <>
          <h2>{t('notice.missingMaterials')}</h2>
          <ol>
            {notice.missingMaterials.map((m) => (
              <li key={m.code}>
                {text(m.name)}
                {m.reason && t('common.aside', { text: text(m.reason) })}
              </li>
            ))}
          </ol>
        </>
      )}
      {notice.formErrors.length > 0 && (
        <>
          <h2>{t('notice.formProblems')}</h2>
          <ol>
            {notice.formErrors.map((e) => (
              <li key={`${e.path}|${text(e.message)}`}>
                {t('common.labelled', { label: fieldName(outline, e.path), value: text(e.message) })}
              </li>
            ))}
          </ol>
        </>
      )}
      {notice.deferredMaterials.length > 0 && (
        <>
          <h2>{t('notice.deferredMaterials')}</h2>
          <ol>
            {notice.deferredMaterials.map((m) => (
              <li key={m.code}>{text(m.name)}</li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}

/** The text of a notice: to whom, about what, the decision and its grounds, the dates, the issuer. */
export function NoticeBody({ kind, detail, outline, department, queryCode }: NoticeBodyProps) {
  const { t, text, locale } = useI18n();
  const c = detail.case;
  const supplementEvent = lastEvent(detail.timeline, 'request-supplement');
  const rejectEvent = lastEvent(detail.timeline, 'reject');
  const issued =
    kind === 'supplement'
      ? supplementEvent
      : kind === 'rejected'
        ? rejectEvent
        : lastEvent(detail.timeline, 'accept');
  const issuedOn = formatNoticeDate(issued?.at ?? c.receivedAt, locale);
  const notice = supplementEvent?.data.notice as SupplementNotice | undefined;
  const rejectedRules = new Set(
    ((rejectEvent?.data.rejections as { rule: string }[] | undefined) ?? []).map((r) => r.rule),
  );
  const rejections = detail.check.rejections.filter(
    (r) => rejectedRules.size === 0 || rejectedRules.has(r.rule),
  );
  return (
    <>
      <p>{t('notice.to', { name: c.applicantName })}</p>
      <p>{t('notice.item', { item: c.itemName })}</p>
      {kind === 'accepted' && (
        <>
          <p>{t('notice.acceptedBody')}</p>
          <p>{t('notice.acceptedOn', { date: formatNoticeDate(c.acceptedAt, locale) })}</p>
          {c.promisedDue && <p>{t('notice.promisedDue', { date: formatDue(c.promisedDue, locale) })}</p>}
          {c.statutoryDue && <p>{t('notice.statutoryDue', { date: formatDue(c.statutoryDue, locale) })}</p>}
        </>
      )}
      {kind === 'supplement' && (
        <>
          <p>{t('notice.supplementBody')}</p>
          {notice && <SupplementItems notice={notice} outline={outline} />}
          <p>{t('notice.supplementAfter')}</p>
        </>
      )}
      {kind === 'rejected' && (
        <>
          <p>{t('notice.rejectedBody')}</p>
          {typeof rejectEvent?.data.reason === 'string' && (
            <>
              <h2>{t('notice.reason')}</h2>
              <p className="ow-pre">{rejectEvent.data.reason}</p>
            </>
          )}
          {rejections.length > 0 && (
            <>
              <h2>{t('notice.legalBasis')}</h2>
              <ol>
                {rejections.map((r) => (
                  <li key={r.rule}>
                    {text(r.message)}
                    {r.basis && t('common.aside', { text: r.basis })}
                  </li>
                ))}
              </ol>
            </>
          )}
          <p>{t('notice.remedy')}</p>
        </>
      )}
      {kind === 'receipt' && <p>{t('notice.receiptBody')}</p>}
      {queryCode && (
        <p>
          {t('receipt.queryCode')}
          {t('common.colon')}
          <strong>{queryCode}</strong>
        </p>
      )}
      <p>{t('notice.queryHint')}</p>
      <div className="ow-notice-sign">
        <div>{t('notice.issuer', { department })}</div>
        <div>{t('notice.issuedOn', { date: issuedOn })}</div>
        {issued && <div className="ow-small">{t('notice.clerk', { name: actorLabel(issued, { t }) })}</div>}
      </div>
    </>
  );
}
