import { Input, List, Typography } from 'antd';
import { useId, useState } from 'react';
import { useApi } from '../shared/api/api-context.tsx';
import type { PublishedItemSummary } from '../shared/api/api-types.ts';
import { ErrorAlert } from '../shared/api/error-alert.tsx';
import { useApiQuery } from '../shared/api/use-api-query.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { ButtonLink } from '../shared/router/button-link.tsx';

/** 窗口收件: find a published item by name or code and open its form. */
export function ReceptionPage() {
  const { t } = useI18n();
  const api = useApi();
  const [q, setQ] = useState('');
  const searchId = useId();
  const items = useApiQuery(
    (signal) =>
      api.get<{ items: PublishedItemSummary[] }>('/api/items', {
        query: { q: q.trim() || undefined },
        signal,
      }),
    [api, q],
  );
  return (
    <>
      <Typography.Title level={1} className="ow-page-title">
        {t('counter.title')}
      </Typography.Title>
      <div className="ow-card">
        <label htmlFor={searchId} className="ow-field-label">
          {t('counter.searchLabel')}
        </label>
        <Input.Search
          id={searchId}
          placeholder={t('counter.searchPlaceholder')}
          allowClear
          enterButton={t('common.search')}
          onSearch={setQ}
          size="large"
        />
      </div>
      <div className="ow-card">
        <h2>{t('counter.items')}</h2>
        {items.error && <ErrorAlert error={items.error} />}
        <List
          loading={items.loading}
          dataSource={items.data?.items ?? []}
          locale={{ emptyText: t('counter.noItems') }}
          renderItem={(item) => (
            <List.Item
              actions={[
                <ButtonLink
                  key="receive"
                  type="primary"
                  to={`/counter/items/${encodeURIComponent(item.code)}`}
                >
                  {t('counter.receive')}
                </ButtonLink>,
              ]}
            >
              <List.Item.Meta
                title={<span className="ow-item-name">{item.name}</span>}
                description={
                  <span>
                    {t(`type.${item.type}` as const)} · {item.departmentName} · {t('counter.code')}{' '}
                    {item.code} · {t('counter.version', { version: item.activeVersion ?? '' })}
                  </span>
                }
              />
            </List.Item>
          )}
        />
      </div>
    </>
  );
}
