import { useApi } from '@onewindow/runtime/app';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
} from 'react';
import { useEditorStore } from '../editor/editor-context.tsx';
import { type Autosave, type AutosaveState, createAutosave, type SaveDraft } from './autosave.ts';
import { draftSaver } from './item-requests.ts';
import { useSaveOnBlur } from './use-save-on-blur.ts';

/** What the editor's toolbar, versions tab and page share about writing the draft. */
export interface SaveSession {
  autosave: Autosave;
  /** Bumped after a publish, retire or restore, so a shown version list loads again. */
  versionsSeq: number;
  versionsChanged(): void;
}

const SaveContext = createContext<SaveSession | null>(null);

/**
 * Autosave of the editor's store (one per editor page): attached while mounted, saving early when a
 * field or the window loses focus; leaving the page saves what is still unsaved. `save` and `delayMs`
 * are for tests.
 */
export function SaveProvider({
  children,
  save,
  delayMs,
}: {
  children: ReactNode;
  save?: SaveDraft;
  delayMs?: number;
}) {
  const store = useEditorStore();
  const api = useApi();
  const [autosave] = useState(() => createAutosave({ store, save: save ?? draftSaver(api), delayMs }));
  const [versionsSeq, setVersionsSeq] = useState(0);
  const versionsChanged = useCallback(() => setVersionsSeq((n) => n + 1), []);
  useEffect(() => {
    autosave.attach();
    return () => {
      // Leaving the editor: what is unsaved goes now rather than never.
      void autosave.flush().catch(() => undefined);
      autosave.detach();
    };
  }, [autosave]);
  useSaveOnBlur(autosave);
  const session = useMemo(
    () => ({ autosave, versionsSeq, versionsChanged }),
    [autosave, versionsSeq, versionsChanged],
  );
  return <SaveContext.Provider value={session}>{children}</SaveContext.Provider>;
}

/** The save session; throws outside a `SaveProvider`. */
export function useSaveSession(): SaveSession {
  const session = useContext(SaveContext);
  if (!session) throw new Error('useSaveSession() needs a <SaveProvider> above it.');
  return session;
}

/** The autosave of the item being edited. */
export function useAutosave(): Autosave {
  return useSaveSession().autosave;
}

/** What autosave is doing now (re-renders on change). */
export function useAutosaveState(): AutosaveState {
  const autosave = useAutosave();
  return useSyncExternalStore(autosave.subscribe, autosave.getState, autosave.getState);
}
