import { useI18n } from '@onewindow/runtime/app';
import { Input, Select } from 'antd';
import { useId } from 'react';
import type { ItemSummary } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { ITEM_TYPES } from './example-choices.ts';
import { ITEM_STATUSES, type ItemFilters } from './item-filters.ts';
import { itemsMessages } from './items-messages.ts';

/** The departments of `items`, each once, as filter options (value: code, or name without one). */
export function departmentOptions(items: readonly ItemSummary[]): { value: string; label: string }[] {
  const seen = new Map<string, string>();
  for (const item of items) {
    const value = item.departmentCode ?? item.departmentName;
    if (!seen.has(value)) {
      seen.set(
        value,
        item.departmentCode ? `${item.departmentName}（${item.departmentCode}）` : item.departmentName,
      );
    }
  }
  return [...seen]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

/** Search, department, type and status, each with a visible label. */
export function ItemFilterBar({
  filters,
  departments,
  onChange,
}: {
  filters: ItemFilters;
  departments: readonly { value: string; label: string }[];
  onChange(next: ItemFilters): void;
}) {
  const m = useMessages(itemsMessages);
  const { t } = useI18n();
  const ids = { q: useId(), department: useId(), type: useId(), status: useId() };
  const set = (patch: Partial<ItemFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="ow-filters">
      <div className="ow-filter-grow">
        <label htmlFor={ids.q} className="ow-field-label">
          {m('items.search')}
        </label>
        <Input.Search
          id={ids.q}
          defaultValue={filters.q}
          placeholder={m('items.searchPlaceholder')}
          allowClear
          onSearch={(q) => set({ q: q.trim() || undefined })}
        />
      </div>
      <div>
        <label htmlFor={ids.department} className="ow-field-label">
          {m('items.department')}
        </label>
        <Select<string>
          id={ids.department}
          value={filters.department ?? ''}
          onChange={(v) => set({ department: v || undefined })}
          options={[{ value: '', label: m('items.allDepartments') }, ...departments]}
          popupMatchSelectWidth={false}
          style={{ width: 220 }}
        />
      </div>
      <div>
        <label htmlFor={ids.type} className="ow-field-label">
          {m('items.type')}
        </label>
        <Select<string>
          id={ids.type}
          value={filters.type ?? ''}
          onChange={(v) => set({ type: (v || undefined) as ItemFilters['type'] })}
          options={[
            { value: '', label: m('items.allTypes') },
            ...ITEM_TYPES.map((type) => ({ value: type, label: t(`type.${type}`) })),
          ]}
          style={{ width: 160 }}
        />
      </div>
      <div>
        <label htmlFor={ids.status} className="ow-field-label">
          {m('items.status')}
        </label>
        <Select<string>
          id={ids.status}
          value={filters.status ?? ''}
          onChange={(v) => set({ status: (v || undefined) as ItemFilters['status'] })}
          options={[
            { value: '', label: m('items.allStatuses') },
            ...ITEM_STATUSES.map((s) => ({ value: s, label: m(`status.${s}`) })),
          ]}
          style={{ width: 140 }}
        />
      </div>
    </div>
  );
}
