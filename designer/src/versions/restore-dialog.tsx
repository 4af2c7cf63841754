import { type ApiError, ErrorAlert, isApiError, useApi } from '@onewindow/runtime/app';
import { Modal } from 'antd';
import { useState } from 'react';
import type { DraftAnswer } from '../api/designer-api-types.ts';
import { useEditorStore } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { ifMatch, itemPath } from '../save/item-requests.ts';
import { useAutosave } from '../save/save-context.tsx';
import { versionsMessages } from './versions-messages.ts';

/**
 * 恢复为草稿 — asks first, then makes `version` the draft (`POST .../restore` with the draft revision
 * it replaces as `If-Match`) and loads the answer into the editor. Autosave is held meanwhile, so no
 * save of the old working copy crosses the restore.
 */
export function RestoreDialog({
  version,
  onClose,
  onRestored,
}: {
  version: number;
  onClose: () => void;
  onRestored: (version: number) => void;
}) {
  const m = useMessages(versionsMessages);
  const api = useApi();
  const store = useEditorStore();
  const autosave = useAutosave();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const restore = async () => {
    setBusy(true);
    setError(null);
    try {
      await autosave.exclusive(async () => {
        const { code, revision } = store.getState();
        const draft = await api.post<DraftAnswer>(
          `${itemPath(code)}/versions/${version}/restore`,
          undefined,
          {
            headers: ifMatch(revision),
          },
        );
        autosave.replace(draft);
      });
      onRestored(version);
    } catch (e) {
      if (!isApiError(e)) throw e;
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={m('versions.restoreOf', { version })}
      okText={m('versions.restore')}
      onOk={restore}
      confirmLoading={busy}
      onCancel={onClose}
    >
      <p>{m('versions.restoreConfirm', { version })}</p>
      {error && <ErrorAlert error={error} />}
    </Modal>
  );
}
