import { ErrorAlert, useApi, useApiQuery } from '@onewindow/runtime/app';
import { App } from 'antd';
import { useState } from 'react';
import type { VersionSummary } from '../api/designer-api-types.ts';
import { useEditor } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { itemPath } from '../save/item-requests.ts';
import { useSaveSession } from '../save/save-context.tsx';
import { RestoreDialog } from './restore-dialog.tsx';
import { RetireDialog } from './retire-dialog.tsx';
import { type ComparePreset, VersionCompare } from './version-compare.tsx';
import { VersionTable } from './version-table.tsx';
import { VersionViewDialog } from './version-view-dialog.tsx';
import { versionsMessages } from './versions-messages.ts';
import './versions.css';

type Dialog = { kind: 'view' | 'restore' | 'retire'; version: number } | null;

/**
 * 版本 — the item's published versions: history, a read-only view of each, a diff of any two (or of
 * one and the draft), restoring one as the draft, and retiring one.
 */
export function VersionsTab() {
  const m = useMessages(versionsMessages);
  const api = useApi();
  const { message } = App.useApp();
  const code = useEditor((s) => s.code);
  const { versionsSeq, versionsChanged } = useSaveSession();
  const query = useApiQuery(
    (signal) => api.get<{ versions: VersionSummary[] }>(`${itemPath(code)}/versions`, { signal }),
    [api, code, versionsSeq],
  );
  const [dialog, setDialog] = useState<Dialog>(null);
  const [preset, setPreset] = useState<ComparePreset | null>(null);
  const versions = query.data?.versions ?? [];
  const close = () => setDialog(null);

  return (
    <div className="ow-versions">
      <h2 className="ow-versions-title">{m('versions.title')}</h2>
      {query.error && <ErrorAlert error={query.error} />}
      <VersionTable
        versions={versions}
        loading={query.loading && !query.data}
        actions={{
          view: (version) => setDialog({ kind: 'view', version }),
          restore: (version) => setDialog({ kind: 'restore', version }),
          retire: (version) => setDialog({ kind: 'retire', version }),
          compareWithDraft: (version) =>
            setPreset((p) => ({ from: version, to: 'draft', key: (p?.key ?? 0) + 1 })),
        }}
      />
      {versions.length > 0 && <VersionCompare code={code} versions={versions} preset={preset} />}
      {dialog?.kind === 'view' && <VersionViewDialog code={code} version={dialog.version} onClose={close} />}
      {dialog?.kind === 'restore' && (
        <RestoreDialog
          version={dialog.version}
          onClose={close}
          onRestored={(version) => {
            close();
            void message.success(m('versions.restored', { version }));
          }}
        />
      )}
      {dialog?.kind === 'retire' && (
        <RetireDialog
          code={code}
          version={dialog.version}
          onClose={close}
          onRetired={(version) => {
            close();
            versionsChanged();
            void message.success(m('versions.retired.done', { version }));
          }}
        />
      )}
    </div>
  );
}
