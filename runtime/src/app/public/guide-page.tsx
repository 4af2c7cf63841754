import { Descriptions, Result, Spin, Steps, Typography } from 'antd';
import { useApi } from '../shared/api/api-context.tsx';
import type { ServiceGuide } from '../shared/api/api-types.ts';
import { ErrorAlert } from '../shared/api/error-alert.tsx';
import { useApiQuery } from '../shared/api/use-api-query.ts';
import { formatDue } from '../shared/format-date.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { Link } from '../shared/router/link.tsx';
import { formatDuration } from './format-duration.ts';
import { GuideMaterials } from './guide-materials.tsx';
import { GuideSection } from './guide-section.tsx';

/**
 * 办事指南 of one item: conditions, materials, time limits, fees, process, place, hours, phones, online
 * availability, legal basis and FAQ — from the published version, for anyone.
 */
export function GuidePage({ code }: { code: string }) {
  const { t, text, locale } = useI18n();
  const api = useApi();
  const guide = useApiQuery(
    (signal) => api.get<ServiceGuide>(`/api/public/guides/${encodeURIComponent(code)}`, { signal }),
    [api, code],
  );
  if (guide.error?.status === 404) {
    return (
      <Result
        status="404"
        title={<h1 className="ow-page-title">{t('guide.notFound')}</h1>}
        extra={<Link to="/">{t('guide.backToList')}</Link>}
      />
    );
  }
  if (guide.error) return <ErrorAlert error={guide.error} />;
  const g = guide.data;
  if (!g) return <Spin aria-label={t('common.loading')} className="ow-center" />;
  const { timeLimits: limits, online } = g;
  return (
    <article className="ow-card ow-guide">
      <Link to="/">{t('guide.backToList')}</Link>
      <Typography.Title level={1} className="ow-page-title ow-gap-top">
        {text(g.name)}
      </Typography.Title>
      <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered>
        <Descriptions.Item label={t('guide.department')}>{text(g.department.name)}</Descriptions.Item>
        <Descriptions.Item label={t('guide.type')}>{t(`type.${g.type}` as const)}</Descriptions.Item>
        <Descriptions.Item label={t('guide.servedParties')}>
          {g.servedParties.map((p) => t(`party.${p}` as const)).join(t('common.enumSeparator'))}
        </Descriptions.Item>
        <Descriptions.Item label={t('guide.code')}>{g.code}</Descriptions.Item>
        <Descriptions.Item label={t('case.version')}>
          {t('guide.version', { version: g.version, date: formatDue(g.publishedAt, locale).slice(0, 10) })}
        </Descriptions.Item>
      </Descriptions>

      <GuideSection title={t('guide.conditions')}>
        <ol>
          {g.conditions.map((c) => (
            <li key={text(c)}>{text(c)}</li>
          ))}
        </ol>
      </GuideSection>
      <GuideSection title={t('guide.materials')}>
        <GuideMaterials materials={g.materials} />
      </GuideSection>
      <GuideSection title={t('guide.timeLimits')}>
        <Descriptions column={1} size="small" bordered>
          <Descriptions.Item label={t('guide.handlingKind')}>
            {limits.kind === 'immediate' ? t('guide.immediate') : t('guide.commitment')}
          </Descriptions.Item>
          <Descriptions.Item label={t('guide.statutory')}>
            {formatDuration(limits.statutory, t)}
            {limits.statutoryText && <div className="ow-why">{limits.statutoryText}</div>}
          </Descriptions.Item>
          <Descriptions.Item label={t('guide.promised')}>
            {formatDuration(limits.promised, t)}
          </Descriptions.Item>
          {limits.acceptanceWindow && (
            <Descriptions.Item label={t('guide.acceptanceWindow')}>
              {formatDuration(limits.acceptanceWindow, t)}
            </Descriptions.Item>
          )}
        </Descriptions>
      </GuideSection>
      <GuideSection title={t('guide.fees')}>
        {g.fees.length === 0 ? (
          <p>{t('guide.free')}</p>
        ) : (
          <ul>
            {g.fees.map((f) => (
              <li key={f.code}>
                <strong>{text(f.name)}</strong>
                {t('common.colon')}
                {t('common.yuan', { amount: f.amount })}
                {f.always
                  ? t('common.aside', { text: t('guide.feeAlways') })
                  : f.chargedWhen.length > 0 &&
                    t('common.aside', {
                      text: t('guide.feeWhen', {
                        when: f.chargedWhen.map(text).join(t('common.listSeparator')),
                      }),
                    })}
                {f.waivable && t('common.aside', { text: t('guide.waivable') })}
                {f.basis && <div className="ow-why">{t('check.basis', { basis: f.basis })}</div>}
              </li>
            ))}
          </ul>
        )}
      </GuideSection>
      {g.process.length > 0 && (
        <GuideSection title={t('guide.process')}>
          <Steps
            orientation="vertical"
            size="small"
            current={-1}
            items={g.process.map((s) => ({
              title: text(s.name),
              content: [text(s.description), s.duration ? formatDuration(s.duration, t) : '']
                .filter(Boolean)
                .join(' · '),
            }))}
          />
        </GuideSection>
      )}
      <GuideSection title={`${t('guide.place')} · ${t('guide.hours')} · ${t('guide.phones')}`}>
        <Descriptions column={1} size="small" bordered>
          {g.place && <Descriptions.Item label={t('guide.place')}>{text(g.place)}</Descriptions.Item>}
          {g.hours && <Descriptions.Item label={t('guide.hours')}>{text(g.hours)}</Descriptions.Item>}
          {g.phones.length > 0 && (
            <Descriptions.Item label={t('guide.phones')}>
              {g.phones
                .map((p) => `${t(`phone.${p.purpose}` as const)} ${p.number}`)
                .join(t('common.listSeparator'))}
            </Descriptions.Item>
          )}
        </Descriptions>
      </GuideSection>
      <GuideSection title={t('guide.online')}>
        <p>
          <strong>{online.applyOnline ? t('guide.applyOnline') : t('guide.counterOnly')}</strong>
          {' · '}
          {t('guide.depth', { depth: t(`depth.${Math.min(4, Math.max(0, online.depth))}` as 'depth.0') })}
          {online.maxVisits !== null &&
            ` · ${online.maxVisits === 0 ? t('guide.noVisits') : t('guide.maxVisits', { n: online.maxVisits })}`}
        </p>
        {online.channels.length > 0 && (
          <p>
            {t('common.labelled', {
              label: t('guide.channels'),
              value: online.channels.map((c) => t(`channel.${c}` as const)).join(t('common.enumSeparator')),
            })}
          </p>
        )}
      </GuideSection>
      {g.result && (
        <GuideSection title={t('guide.result')}>
          <p>{text(g.result.name)}</p>
        </GuideSection>
      )}
      {g.legalBasis.length > 0 && (
        <GuideSection title={t('guide.legalBasis')}>
          <ul>
            {g.legalBasis.map((b) => (
              <li key={`${b.title}${b.article ?? ''}`}>
                {b.title}
                {b.article ?? ''}
                {b.text && <div className="ow-why">{b.text}</div>}
              </li>
            ))}
          </ul>
        </GuideSection>
      )}
      {g.faq.length > 0 && (
        <GuideSection title={t('guide.faq')}>
          <dl>
            {g.faq.map((f) => (
              <div key={text(f.question)}>
                <dt>
                  <strong>{text(f.question)}</strong>
                </dt>
                <dd>{text(f.answer)}</dd>
              </div>
            ))}
          </dl>
        </GuideSection>
      )}
    </article>
  );
}
