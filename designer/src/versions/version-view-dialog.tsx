import { ErrorAlert, useApi, useApiQuery, useI18n } from '@onewindow/runtime/app';
import type { ServiceItem } from '@onewindow/schemas';
import { Descriptions, Input, Modal, Spin } from 'antd';
import { useId } from 'react';
import type { VersionSummary } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { formatSaveTime } from '../save/format-time.ts';
import { itemPath } from '../save/item-requests.ts';
import { versionsMessages } from './versions-messages.ts';

type PublishedVersion = VersionSummary & { definition: ServiceItem };

/** 查看版本 — one published version, read-only: who published it when, and its definition as JSON. */
export function VersionViewDialog({
  code,
  version,
  onClose,
}: {
  code: string;
  version: number;
  onClose: () => void;
}) {
  const m = useMessages(versionsMessages);
  const { text } = useI18n();
  const api = useApi();
  const query = useApiQuery(
    (signal) => api.get<PublishedVersion>(`${itemPath(code)}/versions/${version}`, { signal }),
    [api, code, version],
  );
  const loaded = query.data;
  const jsonId = useId();
  return (
    <Modal open title={m('versions.viewTitle', { version })} onCancel={onClose} footer={null} width={800}>
      {query.error && <ErrorAlert error={query.error} />}
      {!loaded && !query.error && <Spin />}
      {loaded && (
        <>
          <Descriptions
            size="small"
            column={2}
            items={[
              { key: 'name', label: m('part.name'), children: text(loaded.definition.name) },
              { key: 'at', label: m('versions.publishedAt'), children: formatSaveTime(loaded.publishedAt) },
              { key: 'by', label: m('versions.publishedBy'), children: loaded.publishedBy },
              { key: 'hash', label: m('versions.hash'), children: <code>{loaded.hash}</code> },
            ]}
          />
          <label htmlFor={jsonId} className="ow-version-json-label">
            {m('versions.viewJson', { version })}
          </label>
          <Input.TextArea
            id={jsonId}
            className="ow-version-json"
            readOnly
            value={JSON.stringify(loaded.definition, null, 2)}
            autoSize={{ minRows: 8, maxRows: 24 }}
          />
        </>
      )}
    </Modal>
  );
}
