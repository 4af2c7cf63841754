import { Input, Select } from 'antd';
import { useId } from 'react';
import {
  CASE_STATUSES,
  type CaseStatus,
  type PublishedItemSummary,
  type TrafficLight,
} from '../shared/api/api-types.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';

/** The inbox's filters as the query string keeps them. */
export interface InboxFilters {
  status?: CaseStatus;
  item?: string;
  light?: TrafficLight;
  q?: string;
  page: number;
}

const LIGHTS: readonly TrafficLight[] = ['green', 'yellow', 'red'];

/** Status, item, light and a text search, each labelled. */
export function InboxFilterBar({
  filters,
  items,
  onChange,
}: {
  filters: InboxFilters;
  items: readonly PublishedItemSummary[];
  onChange(next: InboxFilters): void;
}) {
  const { t } = useI18n();
  const ids = { status: useId(), item: useId(), light: useId(), q: useId() };
  const set = (patch: Partial<InboxFilters>) => onChange({ ...filters, ...patch, page: 1 });
  return (
    <div className="ow-filters">
      <div>
        <label htmlFor={ids.status} className="ow-field-label">
          {t('inbox.status')}
        </label>
        <Select<CaseStatus | ''>
          id={ids.status}
          value={filters.status ?? ''}
          onChange={(v) => set({ status: v || undefined })}
          options={[
            { value: '', label: t('inbox.allStatuses') },
            ...CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}` as const) })),
          ]}
          style={{ width: 180 }}
        />
      </div>
      <div>
        <label htmlFor={ids.item} className="ow-field-label">
          {t('inbox.item')}
        </label>
        <Select<string>
          id={ids.item}
          value={filters.item ?? ''}
          onChange={(v) => set({ item: v || undefined })}
          options={[
            { value: '', label: t('inbox.allItems') },
            ...items.map((i) => ({ value: i.code, label: i.name })),
          ]}
          style={{ width: 220 }}
        />
      </div>
      <div>
        <label htmlFor={ids.light} className="ow-field-label">
          {t('inbox.light')}
        </label>
        <Select<TrafficLight | ''>
          id={ids.light}
          value={filters.light ?? ''}
          onChange={(v) => set({ light: v || undefined })}
          options={[
            { value: '', label: t('inbox.allLights') },
            ...LIGHTS.map((l) => ({ value: l, label: t(`light.${l}` as const) })),
          ]}
          style={{ width: 140 }}
        />
      </div>
      <div className="ow-filter-grow">
        <label htmlFor={ids.q} className="ow-field-label">
          {t('common.search')}
        </label>
        <Input.Search
          id={ids.q}
          defaultValue={filters.q}
          placeholder={t('inbox.search')}
          allowClear
          onSearch={(q) => set({ q: q.trim() || undefined })}
        />
      </div>
    </div>
  );
}
