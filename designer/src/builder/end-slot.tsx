import { useSortable } from '@dnd-kit/sortable';
import { memo } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import { useFieldLabel } from './use-form-builder.ts';

// `disabled` names what is switched off: dragging, not dropping.
const NOT_DRAGGABLE = { draggable: true, droppable: false } as const;

/**
 * The drop place at the end of a section, a table or the form: a field dropped here goes last in
 * it (the only way into an empty section by dragging). It is never dragged itself.
 */
export const EndSlot = memo(function EndSlot({
  id,
  depth,
  container,
  hint,
}: {
  id: string;
  depth: number;
  /** The pointer of the container it ends (`''` the form, `/table/*` a table's rows). */
  container: string;
  /** A palette item dragged over it would go here. */
  hint: boolean;
}) {
  const m = useMessages(builderMessages);
  // A table's rows end at `/table/*`: the slot is named after the table.
  const owner = useFieldLabel(container.replace(/\/\*$/, ''));
  const { setNodeRef, transform, transition } = useSortable({ id, disabled: NOT_DRAGGABLE });
  return (
    <li
      ref={setNodeRef}
      className={hint ? 'ow-builder-end ow-builder-drop-before' : 'ow-builder-end'}
      style={{
        marginInlineStart: depth * 20,
        transform: transform ? `translateY(${transform.y}px)` : undefined,
        transition,
      }}
    >
      {container === '' ? m('canvas.endOfForm') : m('canvas.endOf', { label: owner })}
    </li>
  );
});
