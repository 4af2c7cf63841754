import { Button, Modal } from 'antd';
import { useMemo, useState } from 'react';
import { useEditor } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { partOf, withinPart } from '../versions/diff-parts.ts';
import { partLabel } from '../versions/part-label.ts';
import { versionsMessages } from '../versions/versions-messages.ts';
import type { SaveConflict } from './autosave.ts';
import { differingPointers } from './differing-pointers.ts';
import { formatSaveTime } from './format-time.ts';
import { useAutosave } from './save-context.tsx';
import { saveMessages } from './save-messages.ts';

const SHOWN = 30;

/**
 * 保存冲突 — someone saved the draft after the revision this editor started from: who and when, where
 * their draft differs from the working copy, and the two ways out (load theirs, or overwrite with mine).
 */
export function ConflictDialog({
  conflict,
  open,
  onClose,
}: {
  conflict: SaveConflict;
  open: boolean;
  onClose: () => void;
}) {
  const m = useMessages(saveMessages);
  const vm = useMessages(versionsMessages);
  const autosave = useAutosave();
  const mine = useEditor((s) => s.definition);
  const baseRevision = useEditor((s) => s.revision);
  const [busy, setBusy] = useState(false);
  const { theirs } = conflict;
  const differences = useMemo(() => differingPointers(theirs.definition, mine), [theirs.definition, mine]);

  const overwrite = async () => {
    setBusy(true);
    try {
      await autosave.overwrite();
    } finally {
      setBusy(false);
    }
    if (!autosave.getState().conflict) onClose();
  };
  const loadTheirs = () => {
    autosave.discardMine();
    onClose();
  };

  return (
    <Modal
      open={open}
      title={m('conflict.title')}
      onCancel={onClose}
      width={640}
      footer={[
        <Button key="later" onClick={onClose}>
          {m('conflict.later')}
        </Button>,
        <Button key="theirs" danger onClick={loadTheirs} disabled={busy}>
          {m('conflict.loadTheirs')}
        </Button>,
        <Button key="mine" type="primary" onClick={overwrite} loading={busy}>
          {m('conflict.overwrite')}
        </Button>,
      ]}
    >
      <p>
        {m('conflict.who', {
          user: theirs.updatedBy,
          time: formatSaveTime(theirs.updatedAt),
          revision: theirs.revision,
        })}
      </p>
      <p>{m('conflict.mine', { revision: baseRevision })}</p>
      {differences.length === 0 ? (
        <p>{m('conflict.same')}</p>
      ) : (
        <>
          <p>{m('conflict.diff', { n: differences.length })}</p>
          <ul className="ow-conflict-list">
            {differences.slice(0, SHOWN).map((pointer) => (
              <li key={pointer}>
                <strong>{partLabel(vm, partOf(pointer))}</strong> <code>{withinPart(pointer)}</code>
              </li>
            ))}
          </ul>
          {differences.length > SHOWN && <p>{m('conflict.more', { n: differences.length - SHOWN })}</p>}
        </>
      )}
    </Modal>
  );
}
