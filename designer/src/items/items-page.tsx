import { PlusOutlined } from '@ant-design/icons';
import {
  ErrorAlert,
  formatInstant,
  Link,
  useApi,
  useApiQuery,
  useI18n,
  useRouter,
} from '@onewindow/runtime/app';
import { App, Button, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { ItemSummary } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { CreateItemDialog } from './create-item-dialog.tsx';
import { DuplicateItemDialog } from './duplicate-item-dialog.tsx';
import { departmentOptions, ItemFilterBar } from './item-filter-bar.tsx';
import { type ItemFilters, readItemFilters, writeItemFilters } from './item-filters.ts';
import { ItemStatusTag } from './item-status-tag.tsx';
import { ItemVersionCell } from './item-version-cell.tsx';
import { itemsMessages } from './items-messages.ts';
import { RetireItemDialog } from './retire-item-dialog.tsx';
import './items.css';

type Dialog =
  | { kind: 'create' }
  | { kind: 'duplicate'; item: ItemSummary }
  | { kind: 'retire'; item: ItemSummary; version: number };

/** 事项管理 — every item with its draft and version state; filters live in the URL; create, duplicate, retire. */
export function ItemsPage() {
  const m = useMessages(itemsMessages);
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const api = useApi();
  const router = useRouter();
  const filters = useMemo(() => readItemFilters(router.location.search), [router.location.search]);
  const list = useApiQuery(
    (signal) => api.get<{ items: ItemSummary[] }>('/api/items', { query: { ...filters }, signal }),
    [api, filters],
  );
  // Every item, unfiltered: the department filter offers the departments that exist.
  const all = useApiQuery((signal) => api.get<{ items: ItemSummary[] }>('/api/items', { signal }), [api]);
  const departments = useMemo(() => departmentOptions(all.data?.items ?? []), [all.data]);
  const [dialog, setDialog] = useState<Dialog | null>(null);

  const setFilters = (next: ItemFilters) => router.navigate(`/${writeItemFilters(next)}`, { replace: true });
  const open = (code: string) => router.navigate(`/items/${encodeURIComponent(code)}`);
  const created = (code: string) => {
    setDialog(null);
    message.success(m('create.done', { code }));
    open(code);
  };

  const columns: ColumnsType<ItemSummary> = [
    {
      title: m('items.col.code'),
      dataIndex: 'code',
      render: (code: string) => <span className="ow-code">{code}</span>,
    },
    {
      title: m('items.col.name'),
      dataIndex: 'name',
      render: (name: string, row) => <Link to={`/items/${encodeURIComponent(row.code)}`}>{name}</Link>,
    },
    {
      title: m('items.col.type'),
      dataIndex: 'type',
      render: (type: ItemSummary['type']) => t(`type.${type}`),
    },
    {
      title: m('items.col.department'),
      dataIndex: 'departmentName',
      render: (name: string, row) => (
        <>
          {name}
          {row.departmentCode && <div className="ow-small ow-muted">{row.departmentCode}</div>}
        </>
      ),
    },
    {
      title: m('items.col.status'),
      dataIndex: 'status',
      render: (_, row) => <ItemStatusTag status={row.status} />,
    },
    { title: m('items.col.version'), key: 'version', render: (_, row) => <ItemVersionCell item={row} /> },
    {
      title: m('items.col.updated'),
      dataIndex: 'updatedAt',
      render: (at: string, row) => (
        <>
          {formatInstant(at, locale)}
          <div className="ow-small ow-muted">{row.updatedBy}</div>
        </>
      ),
    },
    {
      title: m('items.col.actions'),
      key: 'actions',
      render: (_, row) => (
        <Space size={4} wrap>
          <Button
            size="small"
            aria-label={m('items.duplicateLabel', { name: row.name })}
            onClick={() => setDialog({ kind: 'duplicate', item: row })}
          >
            {m('items.duplicate')}
          </Button>
          {row.activeVersion !== null && (
            <Button
              size="small"
              danger
              aria-label={m('items.retireLabel', { name: row.name })}
              onClick={() => setDialog({ kind: 'retire', item: row, version: row.activeVersion! })}
            >
              {m('items.retire')}
            </Button>
          )}
        </Space>
      ),
    },
  ];

  return (
    <>
      <div className="ow-items-head">
        <Typography.Title level={1} className="ow-page-title">
          {m('items.title')}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlusOutlined aria-hidden />}
          onClick={() => setDialog({ kind: 'create' })}
        >
          {m('items.create')}
        </Button>
      </div>
      <div className="ow-card">
        <ItemFilterBar filters={filters} departments={departments} onChange={setFilters} />
        {list.error && <ErrorAlert error={list.error} />}
        <Table<ItemSummary>
          rowKey="code"
          columns={columns}
          dataSource={list.data?.items ?? []}
          loading={list.loading}
          locale={{ emptyText: m('items.empty') }}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => t('common.total', { n }) }}
          scroll={{ x: 'max-content' }}
        />
      </div>
      {dialog?.kind === 'create' && <CreateItemDialog onCreated={created} onCancel={() => setDialog(null)} />}
      {dialog?.kind === 'duplicate' && (
        <DuplicateItemDialog item={dialog.item} onCreated={created} onCancel={() => setDialog(null)} />
      )}
      {dialog?.kind === 'retire' && (
        <RetireItemDialog
          item={dialog.item}
          version={dialog.version}
          onCancel={() => setDialog(null)}
          onRetired={(summary) => {
            setDialog(null);
            message.success(m('retire.done', { code: summary.code, version: summary.version }));
            list.reload();
            all.reload();
          }}
        />
      )}
    </>
  );
}
