import { useErrorText } from '@onewindow/runtime/app';
import { Button, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useEditor } from '../editor/editor-context.tsx';
import { isDirty } from '../editor/editor-store.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import { formatSaveTime } from './format-time.ts';
import { useAutosave, useAutosaveState } from './save-context.tsx';
import { saveMessages } from './save-messages.ts';

/**
 * Where the draft stands: 已保存 HH:mm:ss / 保存中… / 有未保存的修改 / 保存失败：<reason> [重试], or a
 * save conflict with its dialog (opened when the conflict arrives, reopened from here).
 */
export function SaveIndicator() {
  const m = useMessages(saveMessages);
  const errorText = useErrorText();
  const autosave = useAutosave();
  const { saving, error, conflict } = useAutosaveState();
  const dirty = useEditor(isDirty);
  const savedAt = useEditor((s) => s.savedAt);
  const [conflictOpen, setConflictOpen] = useState(false);
  useEffect(() => setConflictOpen(conflict !== null), [conflict]);

  let status: string;
  let tone: 'danger' | 'warning' | 'secondary' | undefined;
  if (conflict) [status, tone] = [m('save.conflict'), 'danger'];
  else if (saving) [status, tone] = [m('save.saving'), 'secondary'];
  else if (error) [status, tone] = [m('save.failed', { reason: errorText(error) }), 'danger'];
  else if (dirty) [status, tone] = [m('save.dirty'), 'warning'];
  else [status, tone] = [savedAt ? m('save.saved', { time: formatSaveTime(savedAt) }) : '', 'secondary'];

  return (
    <div className="ow-save-indicator">
      <Typography.Text role="status" aria-live="polite" type={tone}>
        {status}
      </Typography.Text>
      {error && !saving && !conflict && (
        <Button size="small" onClick={() => void autosave.retry()}>
          {m('save.retry')}
        </Button>
      )}
      {conflict && (
        <>
          <Button size="small" danger onClick={() => setConflictOpen(true)}>
            {m('save.resolve')}
          </Button>
          <ConflictDialog conflict={conflict} open={conflictOpen} onClose={() => setConflictOpen(false)} />
        </>
      )}
    </div>
  );
}
