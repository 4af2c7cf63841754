import type { ApiError } from '@onewindow/runtime/app';
import { isApiError } from '@onewindow/runtime/app';
import type { ServiceItem } from '@onewindow/schemas';
import type { DraftAnswer } from '../api/designer-api-types.ts';
import { type EditorStore, isDirty } from '../editor/editor-store.ts';

/** `PUT /api/items/:code/draft` with `If-Match: "<revision>"`; injected so tests can hold answers back. */
export type SaveDraft = (code: string, definition: ServiceItem, revision: number) => Promise<DraftAnswer>;

/** A save refused because someone else saved the draft first (409): their draft, from the problem. */
export interface SaveConflict {
  theirs: DraftAnswer;
  error: ApiError;
}

/** What autosave is doing; a new object on every change (for `useSyncExternalStore`). */
export interface AutosaveState {
  /** A PUT is in flight. */
  saving: boolean;
  /** The last save failed (not a conflict); kept until the next attempt. */
  error: ApiError | null;
  /** The last save hit a newer draft; autosave waits until the administrator chooses. */
  conflict: SaveConflict | null;
}

/**
 * 自动保存 — saves the editor's working copy after edits pause, in order: never two writes in flight,
 * each save remembers the `changeSeq` it sent and reports it with `markSaved`, edits made meanwhile go
 * in the next save with the revision the previous answer gave. A save answer never replaces the working
 * copy; only `replace` (a restore, or "load theirs") does, and answers of saves sent before it are ignored.
 */
export interface Autosave {
  getState(): AutosaveState;
  subscribe(listener: () => void): () => void;
  /** Starts listening to the store's edits (the editor page mounts it). */
  attach(): void;
  /** Stops listening and forgets a pending timer (a running save still finishes). */
  detach(): void;
  /**
   * Saves what is unsaved now, without waiting for the pause; resolves true once the working copy as it
   * is now has been saved, false if a save failed or conflicted on the way.
   */
  flush(): Promise<boolean>;
  /** Tries the failed save again. */
  retry(): Promise<boolean>;
  /** Conflict: saves the working copy over theirs (`If-Match` their revision). */
  overwrite(): Promise<boolean>;
  /** Conflict: drops the working copy and edits theirs. */
  discardMine(): void;
  /**
   * Runs another write of the draft (restore, publish) with autosave held: it starts after the running
   * save and no save starts before it ends.
   */
  exclusive<T>(task: () => Promise<T>): Promise<T>;
  /** Replaces the working copy with a draft from the server (restore); answers of earlier saves are ignored. */
  replace(draft: DraftAnswer): void;
}

export interface AutosaveOptions {
  store: EditorStore;
  save: SaveDraft;
  /** Quiet time after the last edit before saving (default 800 ms). */
  delayMs?: number;
}

export const AUTOSAVE_DELAY_MS = 800;

/** The current draft a 409 problem carries (server: stale-draft-error.ts), or null if it carries none. */
export function conflictOf(error: unknown): SaveConflict | null {
  if (!isApiError(error) || error.status !== 409 || error.code !== 'REVISION_CONFLICT') return null;
  const current = error.problem.currentDraft;
  if (current === null || typeof current !== 'object') return null;
  const draft = current as Partial<DraftAnswer>;
  if (typeof draft.revision !== 'number' || draft.definition === undefined) return null;
  return { theirs: current as DraftAnswer, error };
}

/** Creates the autosave of one editor store. */
export function createAutosave({ store, save, delayMs = AUTOSAVE_DELAY_MS }: AutosaveOptions): Autosave {
  let state: AutosaveState = { saving: false, error: null, conflict: null };
  const listeners = new Set<() => void>();
  let running: Promise<void> | null = null;
  /** The pause ended while a save was running: save again right after it. */
  let queued = false;
  /** Other writes (restore, publish) holding autosave. */
  let held = 0;
  /** Bumped by `replace`: an answer to a save of an older epoch is stale. */
  let epoch = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void) | undefined;
  let seenSeq = store.getState().changeSeq;

  const set = (patch: Partial<AutosaveState>) => {
    state = { ...state, ...patch };
    for (const listener of listeners) listener();
  };
  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  /** Sends the working copy as it is now; precondition: nothing running. */
  const send = (revision = store.getState().revision): Promise<void> => {
    const { code, definition, changeSeq } = store.getState();
    const sentIn = epoch;
    queued = false;
    const attempt = save(code, definition, revision).then(
      (answer) => {
        if (sentIn === epoch) store.markSaved(changeSeq, answer.revision, answer.updatedAt);
      },
      (error: unknown) => {
        if (sentIn !== epoch) return;
        const conflict = conflictOf(error);
        if (conflict) set({ conflict });
        else if (isApiError(error)) set({ error });
        else throw error;
      },
    );
    running = attempt.finally(() => {
      running = null;
      set({ saving: false });
      if (queued) start();
    });
    set({ saving: true, error: null });
    return running;
  };

  /** Saves now if there is something to save and nothing stands in the way; else remembers to. */
  const start = () => {
    clearTimer();
    if (running || held > 0) {
      queued = true;
      return;
    }
    queued = false;
    // After a failure a new edit tries again; after a conflict only the administrator's choice does.
    if (state.conflict || !isDirty(store.getState())) return;
    void send();
  };

  const onStoreChange = () => {
    const { changeSeq } = store.getState();
    if (changeSeq === seenSeq) return;
    seenSeq = changeSeq;
    if (!isDirty(store.getState())) return;
    clearTimer();
    timer = setTimeout(start, delayMs);
  };

  const flush = async (): Promise<boolean> => {
    clearTimer();
    const target = store.getState().changeSeq;
    for (;;) {
      if (running) {
        await running;
        continue;
      }
      if (state.conflict) return false;
      if (store.getState().savedSeq >= target || !isDirty(store.getState())) return true;
      if (held > 0) return false;
      await send();
      if (state.error || state.conflict) return false;
    }
  };

  const replace = (draft: DraftAnswer) => {
    epoch += 1;
    clearTimer();
    queued = false;
    store.load(draft);
    seenSeq = store.getState().changeSeq;
    set({ error: null, conflict: null });
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    attach() {
      unsubscribe ??= store.subscribe(onStoreChange);
      seenSeq = store.getState().changeSeq;
    },
    detach() {
      clearTimer();
      unsubscribe?.();
      unsubscribe = undefined;
    },
    flush,
    retry() {
      set({ error: null });
      return flush();
    },
    async overwrite() {
      const conflict = state.conflict;
      if (!conflict) return flush();
      if (running) await running;
      set({ conflict: null });
      await send(conflict.theirs.revision);
      return !state.error && !state.conflict && !isDirty(store.getState()) ? true : flush();
    },
    discardMine() {
      if (state.conflict) replace(state.conflict.theirs);
    },
    async exclusive(task) {
      held += 1;
      clearTimer();
      try {
        while (running) await running;
        return await task();
      } finally {
        held -= 1;
        if (held === 0 && (queued || isDirty(store.getState()))) start();
      }
    },
    replace,
  };
}
