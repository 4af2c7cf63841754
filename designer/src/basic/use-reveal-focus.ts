import { useEffect } from 'react';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { type EditorTab, tabOfPointer } from '../editor/editor-tabs.ts';
import { elementOfPointer } from './field-id.ts';

const HIGHLIGHT = 'ow-revealed';
const HIGHLIGHT_MS = 2000;

/**
 * Lint click-through for `tab`: when the store's focus pointer points into this tab, scrolls the input
 * of that pointer (or of its nearest parent on the page) into view, focuses and briefly highlights
 * it, then clears the focus so the same finding can be clicked again.
 */
export function useRevealFocus(tab: EditorTab): void {
  const store = useEditorStore();
  const focus = useEditor((s) => s.focus);
  useEffect(() => {
    if (focus === null || tabOfPointer(focus) !== tab) return;
    const element = elementOfPointer(focus);
    store.setFocus(null);
    if (!element) return;
    element.scrollIntoView?.({ block: 'center' });
    element.focus({ preventScroll: true });
    const box = element.closest('.ow-field, .ow-list-row, .ow-card') ?? element;
    box.classList.add(HIGHLIGHT);
    // Not cleared on re-render: clearing the focus above re-runs this effect at once.
    window.setTimeout(() => box.classList.remove(HIGHLIGHT), HIGHLIGHT_MS);
  }, [focus, tab, store]);
}
