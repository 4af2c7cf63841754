import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { useApi } from '../shared/api/api-context.tsx';
import type {
  CaseStatus,
  InboxAnswer,
  InboxRow,
  TrafficLight as Light,
  PublishedItemSummary,
} from '../shared/api/api-types.ts';
import { ErrorAlert } from '../shared/api/error-alert.tsx';
import { useApiQuery } from '../shared/api/use-api-query.ts';
import { OutcomeBadge } from '../shared/check/outcome-badge.tsx';
import { TrafficLight } from '../shared/check/traffic-light.tsx';
import { formatDue, formatInstant } from '../shared/format-date.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';
import { Link } from '../shared/router/link.tsx';
import { useRouter } from '../shared/router/router.tsx';
import { InboxFilterBar, type InboxFilters } from './inbox-filters.tsx';

const PAGE_SIZE = 20;

function readFilters(search: string): InboxFilters {
  const p = new URLSearchParams(search);
  const page = Number(p.get('page'));
  return {
    status: (p.get('status') as CaseStatus | null) ?? undefined,
    item: p.get('item') ?? undefined,
    light: (p.get('light') as Light | null) ?? undefined,
    q: p.get('q') ?? undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

function writeFilters(f: InboxFilters): string {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(f)) {
    if (value !== undefined && value !== '' && !(key === 'page' && value === 1)) p.set(key, String(value));
  }
  const text = p.toString();
  return text ? `?${text}` : '';
}

/** 待办箱: cases with their lights and both due dates; filters, search and paging kept in the URL. */
export function InboxPage() {
  const { t, locale } = useI18n();
  const api = useApi();
  const router = useRouter();
  const filters = useMemo(() => readFilters(router.location.search), [router.location.search]);
  const items = useApiQuery(
    (signal) => api.get<{ items: PublishedItemSummary[] }>('/api/items', { signal }),
    [api],
  );
  const inbox = useApiQuery(
    (signal) =>
      api.get<InboxAnswer>('/api/cases', {
        query: {
          status: filters.status,
          item: filters.item,
          light: filters.light,
          q: filters.q,
          page: filters.page,
          pageSize: PAGE_SIZE,
        },
        signal,
      }),
    [api, filters],
  );
  const setFilters = (next: InboxFilters) =>
    router.navigate(`/inbox${writeFilters(next)}`, { replace: true });

  // A due date counted past the published holiday calendars is marked 暂定 (never a silent guess).
  const dueText = (v: string | null, provisional: boolean) =>
    v ? `${formatDue(v, locale)}${provisional ? ` ${t('inbox.provisional')}` : ''}` : '';
  const columns: ColumnsType<InboxRow> = [
    {
      title: t('inbox.col.caseNumber'),
      dataIndex: 'caseNumber',
      render: (value: string, row) => <Link to={`/cases/${encodeURIComponent(row.id)}`}>{value}</Link>,
    },
    { title: t('inbox.col.item'), dataIndex: 'itemName' },
    { title: t('inbox.col.applicant'), dataIndex: 'applicantName' },
    {
      title: t('inbox.col.status'),
      dataIndex: 'status',
      render: (s: CaseStatus, row) => (
        <span className="ow-line">
          {t(`status.${s}` as const)}
          {s === 'received' && <OutcomeBadge outcome={row.outcome} />}
        </span>
      ),
    },
    {
      title: t('inbox.col.received'),
      dataIndex: 'receivedAt',
      render: (v: string) => formatInstant(v, locale),
    },
    {
      title: t('inbox.col.promised'),
      dataIndex: 'promisedDue',
      render: (v: string | null, row) => dueText(v, row.dueProvisional),
    },
    {
      title: t('inbox.col.statutory'),
      dataIndex: 'statutoryDue',
      render: (v: string | null, row) => dueText(v, row.dueProvisional),
    },
    {
      title: t('inbox.col.light'),
      dataIndex: 'light',
      render: (light: Light | null, row) => <TrafficLight light={light} remaining={row.remaining} />,
    },
  ];

  return (
    <>
      <Typography.Title level={1} className="ow-page-title">
        {t('inbox.title')}
      </Typography.Title>
      <div className="ow-card">
        <InboxFilterBar filters={filters} items={items.data?.items ?? []} onChange={setFilters} />
        {inbox.error && <ErrorAlert error={inbox.error} />}
        <Table<InboxRow>
          rowKey="id"
          columns={columns}
          dataSource={inbox.data?.items ?? []}
          loading={inbox.loading}
          locale={{ emptyText: t('inbox.empty') }}
          pagination={{
            current: filters.page,
            pageSize: PAGE_SIZE,
            total: inbox.data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (n) => t('common.total', { n }),
            onChange: (page) => setFilters({ ...filters, page }),
          }}
        />
      </div>
    </>
  );
}
