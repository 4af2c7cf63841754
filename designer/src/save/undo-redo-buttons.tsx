import { RedoOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { saveMessages } from './save-messages.ts';

/** 撤销 / 重做 — disabled when there is nothing to undo or redo (shortcuts: see `useUndoShortcuts`). */
export function UndoRedoButtons() {
  const m = useMessages(saveMessages);
  const store = useEditorStore();
  const canUndo = useEditor((s) => s.past.length > 0);
  const canRedo = useEditor((s) => s.future.length > 0);
  return (
    <Space.Compact>
      <Button
        icon={<UndoOutlined />}
        disabled={!canUndo}
        onClick={() => store.undo()}
        title={m('undo.undoHint')}
      >
        {m('undo.undo')}
      </Button>
      <Button
        icon={<RedoOutlined />}
        disabled={!canRedo}
        onClick={() => store.redo()}
        title={m('undo.redoHint')}
      >
        {m('undo.redo')}
      </Button>
    </Space.Compact>
  );
}
