import { useEffect, useRef, useState } from 'react';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';

/** The element id of the control that edits the part of the definition at `pointer`. */
export function anchorId(pointer: string): string {
  return `at${pointer}`;
}

/** Scrolls to and focuses the control of `pointer`, or of its nearest ancestor that has one. */
export function revealAnchor(pointer: string): void {
  for (let p = pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
    const element = document.getElementById(anchorId(p));
    if (element) {
      element.scrollIntoView?.({ block: 'center' });
      element.focus({ preventScroll: true });
      return;
    }
    if (p === '') return;
  }
}

/**
 * Click-through into one tab (lint findings, links between tabs): when the editor's `focus` points
 * into a part `owns` accepts, `show(pointer)` makes it visible (selects the rule, expands the row),
 * then the control anchored at that pointer (see `anchorId`) is scrolled to and focused. The focus
 * is cleared once shown, so following the same link again works again.
 */
export function useOwnedFocus(owns: (pointer: string) => boolean, show: (pointer: string) => void): void {
  const store = useEditorStore();
  const focus = useEditor((s) => s.focus);
  const [pending, setPending] = useState<string | null>(null);
  const showRef = useRef(show);
  showRef.current = show;
  const ownsRef = useRef(owns);
  ownsRef.current = owns;

  useEffect(() => {
    if (focus === null || !ownsRef.current(focus)) return;
    showRef.current(focus);
    setPending(focus);
    store.setFocus(null);
  }, [focus, store]);

  useEffect(() => {
    if (pending === null) return;
    revealAnchor(pending);
    setPending(null);
  }, [pending]);
}
