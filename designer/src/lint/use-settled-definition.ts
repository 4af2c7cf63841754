import type { ServiceItem } from '@onewindow/schemas';
import { useEffect, useState } from 'react';
import { useEditorStore } from '../editor/editor-context.tsx';

/**
 * The working copy once it has stayed the same for `delayMs` (the first one at once): live checks
 * follow the draft without running on every keystroke. It listens to the store itself rather than
 * reading the definition, so its component renders when the draft settles, not on each edit (the
 * lint panel and the publish button stay still while a label is typed).
 */
export function useSettledDefinition(delayMs: number): ServiceItem {
  const store = useEditorStore();
  const [settled, setSettled] = useState(() => store.getState().definition);
  useEffect(() => {
    let seen = settled;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const follow = () => {
      const definition = store.getState().definition;
      if (definition === seen) return;
      seen = definition;
      clearTimeout(timer);
      timer = setTimeout(() => setSettled(definition), delayMs);
    };
    follow();
    const unsubscribe = store.subscribe(follow);
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [store, settled, delayMs]);
  return settled;
}
