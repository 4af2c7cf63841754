import { ToneTag } from '@onewindow/runtime/app';
import { Button, Space, Table } from 'antd';
import type { VersionSummary } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { formatSaveTime } from '../save/format-time.ts';
import { versionsMessages } from './versions-messages.ts';

/** What a row's buttons ask for. */
export interface VersionActions {
  view(version: number): void;
  compareWithDraft(version: number): void;
  restore(version: number): void;
  retire(version: number): void;
}

/** 版本历史 — every published version, newest first: when, by whom, status, short hash and actions. */
export function VersionTable({
  versions,
  actions,
  loading,
}: {
  versions: readonly VersionSummary[];
  actions: VersionActions;
  loading: boolean;
}) {
  const m = useMessages(versionsMessages);
  return (
    <Table<VersionSummary>
      rowKey="version"
      size="small"
      loading={loading}
      pagination={false}
      dataSource={[...versions]}
      locale={{ emptyText: m('versions.none') }}
      columns={[
        {
          title: m('versions.version'),
          dataIndex: 'version',
          render: (v: number) => m('versions.versionN', { version: v }),
        },
        {
          title: m('versions.publishedAt'),
          dataIndex: 'publishedAt',
          render: (at: string) => formatSaveTime(at),
        },
        { title: m('versions.publishedBy'), dataIndex: 'publishedBy' },
        {
          title: m('versions.status'),
          dataIndex: 'status',
          render: (_: unknown, v) =>
            v.status === 'active' ? (
              <ToneTag tone="ok">{m('versions.active')}</ToneTag>
            ) : (
              <>
                <ToneTag tone="neutral">{m('versions.retired')}</ToneTag>
                {v.retiredAt && (
                  <div className="ow-why">
                    {m('versions.retiredBy', { by: v.retiredBy ?? '', at: formatSaveTime(v.retiredAt) })}
                  </div>
                )}
              </>
            ),
        },
        {
          title: m('versions.hash'),
          dataIndex: 'hash',
          render: (hash: string) => <code title={hash}>{hash.slice(0, 12)}</code>,
        },
        {
          title: m('versions.actions'),
          key: 'actions',
          render: (_: unknown, v) => (
            <Space wrap size={0}>
              <Button
                type="link"
                aria-label={m('versions.viewOf', { version: v.version })}
                onClick={() => actions.view(v.version)}
              >
                {m('versions.view')}
              </Button>
              <Button
                type="link"
                aria-label={m('versions.compareDraftOf', { version: v.version })}
                onClick={() => actions.compareWithDraft(v.version)}
              >
                {m('versions.compareDraft')}
              </Button>
              <Button
                type="link"
                aria-label={m('versions.restoreOf', { version: v.version })}
                onClick={() => actions.restore(v.version)}
              >
                {m('versions.restore')}
              </Button>
              {v.status === 'active' && (
                <Button
                  type="link"
                  danger
                  aria-label={m('versions.retireOf', { version: v.version })}
                  onClick={() => actions.retire(v.version)}
                >
                  {m('versions.retire')}
                </Button>
              )}
            </Space>
          ),
        },
      ]}
    />
  );
}
