/**
 * Immutable list edits the designer's tables share (materials, fees, rules): each returns a new
 * array, or the same array when nothing changes, so the editor store records no empty undo step.
 */

/** `list` with the element at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(list.length - 1, to));
  if (from === target || from < 0 || from >= list.length) return list as T[];
  const copy = list.slice();
  const [item] = copy.splice(from, 1);
  copy.splice(target, 0, item);
  return copy;
}

/** `list` without the element at `index`. */
export function removeItem<T>(list: readonly T[], index: number): T[] {
  if (index < 0 || index >= list.length) return list as T[];
  return [...list.slice(0, index), ...list.slice(index + 1)];
}

/** `list` with `item` inserted at `index` (appended when `index` is past the end). */
export function insertItem<T>(list: readonly T[], index: number, item: T): T[] {
  const at = Math.max(0, Math.min(list.length, index));
  return [...list.slice(0, at), item, ...list.slice(at)];
}

/** The first of `base`, `base-2`, `base-3`, … that `taken` does not hold (codes and rule ids stay unique). */
export function uniqueName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
