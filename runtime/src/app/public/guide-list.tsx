import { Card, Input, Spin } from 'antd';
import { useId, useState } from 'react';
import { useApi } from '../shared/api/api-context.tsx';
import type { GuideSummary } from '../shared/api/api-types.ts';
import { ErrorAlert } from '../shared/api/error-alert.tsx';
import { useApiQuery } from '../shared/api/use-api-query.ts';
import { ToneTag } from '../shared/check/tone-tag.tsx';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { Link } from '../shared/router/link.tsx';
import { formatDuration } from './format-duration.ts';

/** 办事指南目录 with a search: every active item, its department, limits and whether it can be applied for online. */
export function GuideList() {
  const { t, text } = useI18n();
  const api = useApi();
  const [q, setQ] = useState('');
  const searchId = useId();
  const guides = useApiQuery(
    (signal) =>
      api.get<{ guides: GuideSummary[] }>('/api/public/guides', {
        query: { q: q.trim() || undefined },
        signal,
      }),
    [api, q],
  );
  return (
    <section aria-labelledby="guides-title">
      <h2 id="guides-title" className="ow-section-title">
        {t('public.title')}
      </h2>
      <div className="ow-gap">
        <label htmlFor={searchId} className="ow-field-label">
          {t('public.searchLabel')}
        </label>
        <Input.Search
          id={searchId}
          placeholder={t('public.searchPlaceholder')}
          allowClear
          enterButton={t('common.search')}
          onSearch={setQ}
          size="large"
        />
      </div>
      {guides.error && <ErrorAlert error={guides.error} />}
      {guides.loading && !guides.data ? (
        <Spin aria-label={t('common.loading')} className="ow-center" />
      ) : (guides.data?.guides.length ?? 0) === 0 ? (
        <p>{t('public.noGuides')}</p>
      ) : (
        <ul className="ow-guide-grid ow-plain-list">
          {guides.data?.guides.map((g) => (
            <li key={g.code}>
              <Card
                title={
                  <Link to={`/guide/${encodeURIComponent(g.code)}`} className="ow-guide-link">
                    {text(g.name)}
                  </Link>
                }
                size="small"
              >
                <p className="ow-why">{text(g.department.name)}</p>
                <div className="ow-line">
                  <ToneTag tone="neutral">{t(`type.${g.type}` as const)}</ToneTag>
                  <ToneTag tone="info">
                    {g.handlingKind === 'immediate' ? t('guide.immediate') : t('guide.commitment')}
                  </ToneTag>
                  <ToneTag tone={g.online.applyOnline ? 'ok' : 'neutral'}>
                    {g.online.applyOnline ? t('guide.applyOnline') : t('guide.counterOnly')}
                  </ToneTag>
                </div>
                <p className="ow-why">
                  {t('common.labelled', { label: t('guide.promised'), value: formatDuration(g.promised, t) })}{' '}
                  ·{' '}
                  {t('common.labelled', {
                    label: t('guide.statutory'),
                    value: formatDuration(g.statutory, t),
                  })}
                </p>
              </Card>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
