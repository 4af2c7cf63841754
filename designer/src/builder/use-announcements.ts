import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { Locale } from '@onewindow/schemas';
import { useMemo, useRef } from 'react';
import { translator } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import type { FormTree } from './model/form-tree.ts';

/**
 * What dnd-kit tells screen readers while a field is dragged, in the user's language and with field
 * labels instead of ids (its defaults are English and say "draggable item form/name").
 */
export function useAnnouncements(
  currentTree: () => FormTree,
  locale: Locale,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  // Read at announcement time, so the object (a DndContext prop) changes with the language only.
  const current = useRef(currentTree);
  current.current = currentTree;
  return useMemo(() => {
    const m = translator(builderMessages, locale);
    const name = (id: string | number) => {
      const text = String(id);
      const fields = current.current().byPointer;
      if (text.startsWith('end:')) {
        const owner = fields.get(text.slice(4).replace(/\/\*$/, ''));
        return owner ? m('canvas.endOf', { label: owner.label }) : m('canvas.endOfForm');
      }
      return fields.get(text)?.label ?? text.replace(/^(palette|shared):/, '');
    };
    return {
      screenReaderInstructions: { draggable: m('dnd.instructions') },
      announcements: {
        onDragStart: ({ active }) => m('dnd.start', { label: name(active.id) }),
        onDragOver: ({ active, over }) =>
          over ? m('dnd.over', { label: name(active.id), over: name(over.id) }) : undefined,
        onDragEnd: ({ active }) => m('dnd.end', { label: name(active.id) }),
        onDragCancel: ({ active }) => m('dnd.cancel', { label: name(active.id) }),
      },
    };
  }, [locale]);
}
