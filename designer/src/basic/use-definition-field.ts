import { useCallback } from 'react';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { getIn, pointerToPath, setIn } from '../editor/set-in.ts';

export interface FieldOptions {
  /** After the edit, remove the parent object when it is left empty (`result`, `commitments`). */
  pruneParent?: boolean;
}

/**
 * The value at `pointer` in the working copy and a setter that edits it through the store, with
 * rapid edits of this one field coalesced into one undo step. `undefined` removes the key.
 */
export function useDefinitionField<T>(
  pointer: string,
  options: FieldOptions = {},
): [T | undefined, (next: T | undefined) => void] {
  const store = useEditorStore();
  const value = useEditor((s) => getIn(s.definition, pointerToPath(pointer))) as T | undefined;
  const { pruneParent = false } = options;
  const set = useCallback(
    (next: T | undefined) =>
      store.edit(
        (definition) => {
          const path = pointerToPath(pointer);
          const edited = setIn(definition, path, next);
          const parent = path.slice(0, -1);
          const left = getIn(edited, parent);
          const empty = left !== null && typeof left === 'object' && Object.keys(left).length === 0;
          return pruneParent && empty ? setIn(edited, parent, undefined) : edited;
        },
        { coalesce: pointer },
      ),
    [store, pointer, pruneParent],
  );
  return [value, set];
}

/** An array of the working copy with structural edits (each its own undo step) for list sections. */
export function useListField<T>(pointer: string) {
  const store = useEditorStore();
  const items = (useEditor((s) => getIn(s.definition, pointerToPath(pointer))) as T[] | undefined) ?? [];
  const update = useCallback(
    (change: (list: readonly T[]) => readonly T[]) =>
      store.edit((definition) => {
        const path = pointerToPath(pointer);
        return setIn(definition, path, change((getIn(definition, path) as T[] | undefined) ?? []));
      }),
    [store, pointer],
  );
  return {
    items,
    add: (item: T) => update((list) => [...list, item]),
    remove: (index: number) => update((list) => list.filter((_, i) => i !== index)),
    move: (index: number, by: -1 | 1) =>
      update((list) => {
        const to = index + by;
        if (to < 0 || to >= list.length) return list;
        const copy = [...list];
        [copy[index], copy[to]] = [copy[to], copy[index]];
        return copy;
      }),
  };
}

/** `''` (and whitespace-only text) as "not given", for optional string properties. */
export function textOrUndefined(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}
