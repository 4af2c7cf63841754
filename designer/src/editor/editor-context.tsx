import type { ServiceItem } from '@onewindow/schemas';
import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { EditorState, EditorStore } from './editor-store.ts';

const EditorContext = createContext<EditorStore | null>(null);

export function EditorProvider({ store, children }: { store: EditorStore; children: ReactNode }) {
  return <EditorContext.Provider value={store}>{children}</EditorContext.Provider>;
}

/** The editor store of the item being edited; throws outside an `EditorProvider`. */
export function useEditorStore(): EditorStore {
  const store = useContext(EditorContext);
  if (!store) throw new Error('useEditorStore() needs an <EditorProvider> above it.');
  return store;
}

/**
 * A slice of the editor state; the component re-renders only when the slice changes (by `Object.is`),
 * so select the smallest part you show (`s => s.definition.materials`), never build new objects here.
 */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  const store = useEditorStore();
  return useSyncExternalStore(
    store.subscribe,
    () => selector(store.getState()),
    () => selector(store.getState()),
  );
}

/** The working copy of the definition. */
export function useDefinition(): ServiceItem {
  return useEditor((s) => s.definition);
}
