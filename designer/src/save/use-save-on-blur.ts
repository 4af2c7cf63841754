import { useEffect } from 'react';
import type { Autosave } from './autosave.ts';

const EDITABLE = 'input, textarea, select, [contenteditable="true"]';

/**
 * Saves without waiting for the pause when the administrator is done with a field (it loses focus),
 * or leaves the window or the browser tab: the moments an edit is most likely finished.
 */
export function useSaveOnBlur(autosave: Autosave): void {
  useEffect(() => {
    const save = () => void autosave.flush().catch(() => undefined);
    const onFocusOut = (event: FocusEvent) => {
      if (event.target instanceof Element && event.target.closest(EDITABLE)) save();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') save();
    };
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('blur', save);
    return () => {
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('blur', save);
    };
  }, [autosave]);
}
