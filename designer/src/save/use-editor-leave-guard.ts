import { useRouter } from '@onewindow/runtime/app';
import { useCallback, useEffect, useRef } from 'react';
import { useEditor } from '../editor/editor-context.tsx';
import { isDirty } from '../editor/editor-store.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { useAutosave } from './save-context.tsx';
import { saveMessages } from './save-messages.ts';

/**
 * While the draft has unsaved edits, leaving the editor asks first (in-app links, back/forward, and
 * closing or reloading the tab through `beforeunload`), and starts saving them at once. Returns
 * `stay(navigate)`: navigation inside the editor (switching `?tab=`) run through it is not asked about.
 *
 * The runtime's `useLeaveGuard` asks on every navigation, `?tab=` switches included, because its
 * blockers do not see where the navigation goes; this guard tells the two apart by running the
 * in-editor navigations itself.
 */
export function useEditorLeaveGuard(): (navigate: () => void) => void {
  const m = useMessages(saveMessages);
  const router = useRouter();
  const autosave = useAutosave();
  const dirty = useEditor(isDirty);
  const inside = useRef(false);
  const message = m('save.leave');

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      void autosave.flush().catch(() => undefined);
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    const unblock = router.block(() => {
      if (inside.current) return true;
      void autosave.flush().catch(() => undefined);
      return window.confirm(message);
    });
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      unblock();
    };
  }, [dirty, router, message, autosave]);

  return useCallback((navigate: () => void) => {
    inside.current = true;
    try {
      navigate();
    } finally {
      inside.current = false;
    }
  }, []);
}
