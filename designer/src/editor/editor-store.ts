import type { ServiceItem } from '@onewindow/schemas';

/**
 * The item editor's state: the working copy of the draft, undo/redo history, and what the server has
 * confirmed. Every tab reads and edits the definition through this one store, so undo, autosave,
 * live lint and the preview all see the same thing. The definition is immutable: an edit returns a
 * new object that shares every untouched part (see `setIn`), so a selector that picks one part
 * re-renders only when that part changed.
 */
export interface EditorState {
  code: string;
  /** The working copy (what the administrator sees). */
  definition: ServiceItem;
  /** The server revision the working copy was last saved as (the next save's `If-Match`). */
  revision: number;
  /** Increases on every edit, undo and redo; autosave remembers which one it saved. */
  changeSeq: number;
  /** The `changeSeq` the server last confirmed; `changeSeq > savedSeq` means unsaved edits. */
  savedSeq: number;
  /** When the server last confirmed a save (ISO instant), or null before the first one this visit. */
  savedAt: string | null;
  past: readonly ServiceItem[];
  future: readonly ServiceItem[];
  /** A JSON pointer into the definition that a tab should scroll to and highlight (lint click-through). */
  focus: string | null;
}

export interface EditOptions {
  /**
   * Edits with the same key within `COALESCE_MS` of each other become one undo step (typing a label
   * letter by letter is one step, not twelve).
   */
  coalesce?: string;
}

export interface EditorStore {
  getState(): EditorState;
  subscribe(listener: () => void): () => void;
  /** Applies `recipe` to the working copy; a recipe that returns its input changes nothing. */
  edit(recipe: (definition: ServiceItem) => ServiceItem, options?: EditOptions): void;
  undo(): void;
  redo(): void;
  /** Replaces everything with a draft from the server (load, reload after a conflict, restore). */
  load(draft: { code: string; definition: ServiceItem; revision: number; updatedAt?: string }): void;
  /** The server saved the working copy as it was at `seq`, now at `revision`. */
  markSaved(seq: number, revision: number, savedAt: string): void;
  /** Asks the tab that owns `pointer` to show it (`null` clears). */
  setFocus(pointer: string | null): void;
}

export const COALESCE_MS = 1000;
export const HISTORY_LIMIT = 200;

/** A store over `initial`; `now` is injectable for tests of coalescing. */
export function createEditorStore(
  initial: { code: string; definition: ServiceItem; revision: number; updatedAt?: string },
  now: () => number = Date.now,
): EditorStore {
  let state: EditorState = fresh(initial);
  let lastKey: string | undefined;
  let lastAt = 0;
  const listeners = new Set<() => void>();

  const set = (next: EditorState) => {
    state = next;
    for (const listener of listeners) listener();
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    edit(recipe, options = {}) {
      const next = recipe(state.definition);
      if (next === state.definition) return;
      const at = now();
      const merge =
        options.coalesce !== undefined && options.coalesce === lastKey && at - lastAt < COALESCE_MS;
      lastKey = options.coalesce;
      lastAt = at;
      const past = merge ? state.past : [...state.past, state.definition].slice(-HISTORY_LIMIT);
      set({ ...state, definition: next, past, future: [], changeSeq: state.changeSeq + 1 });
    },
    undo() {
      if (state.past.length === 0) return;
      lastKey = undefined;
      const previous = state.past[state.past.length - 1];
      set({
        ...state,
        definition: previous,
        past: state.past.slice(0, -1),
        future: [state.definition, ...state.future],
        changeSeq: state.changeSeq + 1,
      });
    },
    redo() {
      if (state.future.length === 0) return;
      lastKey = undefined;
      const [next, ...rest] = state.future;
      set({
        ...state,
        definition: next,
        past: [...state.past, state.definition],
        future: rest,
        changeSeq: state.changeSeq + 1,
      });
    },
    load(draft) {
      lastKey = undefined;
      set({ ...fresh(draft), changeSeq: state.changeSeq + 1, savedSeq: state.changeSeq + 1 });
    },
    markSaved(seq, revision, savedAt) {
      set({ ...state, revision, savedSeq: Math.max(state.savedSeq, seq), savedAt });
    },
    setFocus(pointer) {
      if (pointer !== state.focus) set({ ...state, focus: pointer });
    },
  };
}

function fresh(draft: {
  code: string;
  definition: ServiceItem;
  revision: number;
  updatedAt?: string;
}): EditorState {
  return {
    code: draft.code,
    definition: draft.definition,
    revision: draft.revision,
    changeSeq: 0,
    savedSeq: 0,
    savedAt: draft.updatedAt ?? null,
    past: [],
    future: [],
    focus: null,
  };
}

/** True while the working copy has edits the server has not confirmed. */
export function isDirty(state: EditorState): boolean {
  return state.changeSeq > state.savedSeq;
}
