import { Table } from 'antd';
import type { GuideMaterial } from '../shared/api/api-types.ts';
import { useI18n } from '../shared/i18n/i18n-context.tsx';

/** 申请材料目录: name, original/copy and medium, copies, necessity (with when a conditional one applies), source, notes. */
export function GuideMaterials({ materials }: { materials: readonly GuideMaterial[] }) {
  const { t, text } = useI18n();
  return (
    <Table<GuideMaterial>
      rowKey="code"
      size="small"
      pagination={false}
      dataSource={[...materials]}
      scroll={{ x: true }}
      columns={[
        { title: t('guide.col.name'), key: 'name', render: (_, m) => <strong>{text(m.name)}</strong> },
        {
          title: t('guide.col.kind'),
          key: 'kind',
          render: (_, m) => `${t(`kind.${m.kind}` as const)} · ${t(`medium.${m.medium}` as const)}`,
        },
        { title: t('guide.col.copies'), dataIndex: 'copies' },
        {
          title: t('guide.col.necessity'),
          key: 'necessity',
          render: (_, m) => (
            <>
              <div>{t(`necessity.${m.necessity}` as const)}</div>
              {m.requiredWhen.length > 0 && (
                <div className="ow-why">
                  {t('guide.requiredWhen', {
                    when: m.requiredWhen.map(text).join(t('common.listSeparator')),
                  })}
                </div>
              )}
            </>
          ),
        },
        {
          title: t('guide.col.source'),
          key: 'source',
          render: (_, m) => [t(`source.${m.source}` as const), text(m.issuer)].filter(Boolean).join(' · '),
        },
        {
          title: t('guide.col.notes'),
          key: 'notes',
          render: (_, m) => [text(m.notes), text(m.acceptanceStandard), m.basis].filter(Boolean).join(' '),
        },
      ]}
    />
  );
}
