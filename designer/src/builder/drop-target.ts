import { arrayMove } from '@dnd-kit/sortable';
import type { FormTree } from './model/form-tree.ts';

/** The id of the slot at the end of a container in the canvas (`end:` is the end of the form). */
export function endSlotId(containerPointer: string): string {
  return `end:${containerPointer}`;
}

function slotContainer(id: string): string | undefined {
  return id.startsWith('end:') ? id.slice(4) : undefined;
}

/** One line of the canvas: a field, or the drop slot that ends a container. */
export type CanvasLine =
  | { readonly type: 'field'; readonly id: string; readonly pointer: string; readonly depth: number }
  | { readonly type: 'end'; readonly id: string; readonly container: string; readonly depth: number };

/**
 * The canvas as one flat list, depth first: each field, and after the fields of each section or
 * table (and of the form) the slot that ends it, so a field can be dropped into an empty section.
 * The fields inside `collapsed` (a section being dragged) are left out, as its slot.
 */
export function canvasLines(tree: FormTree, collapsed?: string): CanvasLine[] {
  const children = new Map<string, string[]>();
  for (const field of tree.fields) {
    const list = children.get(field.container.pointer) ?? [];
    list.push(field.pointer);
    children.set(field.container.pointer, list);
  }
  const lines: CanvasLine[] = [];
  const visit = (container: string, depth: number) => {
    for (const pointer of children.get(container) ?? []) {
      lines.push({ type: 'field', id: pointer, pointer, depth });
      const inner = tree.byPointer.get(pointer)?.inner;
      if (inner && pointer !== collapsed) visit(inner.pointer, depth + 1);
    }
    lines.push({ type: 'end', id: endSlotId(container), container, depth });
  };
  visit('', 0);
  return lines;
}

/** Where a dragged field goes: a container and a position in it (counted without the field). */
export interface DropTarget {
  container: string;
  index: number;
}

/**
 * Where a drop of `activeId` over `overId` puts the field, as the sortable list shows it while
 * dragging: the dragged line takes the place of the line under it (below it when moving down), and
 * it joins the container of the line that then follows it. A palette item (not in `ids`) goes
 * before the line it is dropped on. `null` when nothing moves.
 */
export function dropTarget(
  ids: readonly string[],
  activeId: string,
  overId: string,
  tree: FormTree,
): DropTarget | null {
  const from = ids.indexOf(activeId);
  const to = ids.indexOf(overId);
  if (to < 0 || from === to) return null;
  const next = from < 0 ? ids[to] : arrayMove([...ids], from, to)[to + 1];
  const active = tree.byPointer.get(activeId);
  const keysOf = (container: string) =>
    tree.fields.filter((f) => f.container.pointer === container && f !== active).map((f) => f.key);
  if (next === undefined) return { container: '', index: keysOf('').length };
  const slot = slotContainer(next);
  if (slot !== undefined) return { container: slot, index: keysOf(slot).length };
  const field = tree.byPointer.get(next);
  if (!field) return null;
  return { container: field.container.pointer, index: keysOf(field.container.pointer).indexOf(field.key) };
}
