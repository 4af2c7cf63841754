import { useMessages } from '../i18n/define-messages.ts';
import { PublishButton } from './publish-button.tsx';
import { SaveIndicator } from './save-indicator.tsx';
import { saveMessages } from './save-messages.ts';
import { UndoRedoButtons } from './undo-redo-buttons.tsx';
import { useUndoShortcuts } from './use-undo-shortcuts.ts';
import './save.css';

/**
 * The editor's toolbar: undo/redo (with Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y), the autosave
 * indicator (with retry and the conflict dialog) and publishing. Needs a `SaveProvider` above it.
 */
export function EditorToolbar() {
  const m = useMessages(saveMessages);
  useUndoShortcuts();
  return (
    <div role="toolbar" aria-label={m('toolbar.label')} className="ow-editor-toolbar">
      <UndoRedoButtons />
      <SaveIndicator />
      <PublishButton />
    </div>
  );
}
