import {
  closestCenter,
  DndContext,
  type DragEndEvent,
  type DragOverEvent,
  DragOverlay,
  type DragStartEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useI18n } from '@onewindow/runtime/app';
import { Alert } from 'antd';
import { memo, useEffect, useState } from 'react';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { tabOfPointer } from '../editor/editor-tabs.ts';
import { useMessages } from '../i18n/define-messages.ts';
import './builder.css';
import { builderMessages } from './builder-messages.ts';
import { canvasLines, dropTarget } from './drop-target.ts';
import { FieldCanvas } from './field-canvas.tsx';
import { focusedField } from './focused-field.ts';
import { FormPreview } from './form-preview.tsx';
import { formPartsOf } from './model/form-definition.ts';
import { Palette, type PaletteDrag } from './palette.tsx';
import { PropertiesPanel } from './properties-panel.tsx';
import { useAnnouncements } from './use-announcements.ts';
import { type NoticeLine, useBuilderActions } from './use-builder-actions.ts';
import { treeOf } from './use-form-builder.ts';
import { useLatest } from './use-latest.ts';

// Module constants: a new options object would make new sensors, new dnd-kit contexts, and every
// canvas row would render again.
const POINTER = { activationConstraint: { distance: 5 } };
const KEYBOARD = { coordinateGetter: sortableKeyboardCoordinates };

interface Dragging {
  id: string;
  label: string;
  palette: boolean;
  /** A section or table being dragged: its fields are folded away meanwhile. */
  collapsed?: string;
}

/**
 * 表单设计 — the form builder: the palette (field types and shared data fields) | the field list
 * (drag, or keyboard, to add and reorder) | the selected field's properties | the live preview, which
 * is the runtime's own form. Everything edits `definition.form` through the editor store.
 *
 * This component holds only the selection, the notice and the drag; it does not read the form, so
 * typing in the properties renders the field list, the properties and the preview (each subscribed
 * on its own), not the drag-and-drop context around two hundred rows. Memoised (it takes no props):
 * the editor page renders again on every edit (autosave state), this tab need not.
 */
export const FormTab = memo(function FormTab() {
  const m = useMessages(builderMessages);
  const { locale } = useI18n();
  const store = useEditorStore();
  const focus = useEditor((s) => s.focus);
  const [selected, setSelected] = useState<string | null>(null);
  // Kept as message keys, so a language switch translates it too.
  const [notice, setNotice] = useState<NoticeLine[] | null>(null);
  const [dragging, setDragging] = useState<Dragging | null>(null);
  // Where a palette item being dragged would go in (the rows do not make room for it).
  const [dropHint, setDropHint] = useState<string | null>(null);
  const actions = useBuilderActions({ selected, select: setSelected, notify: setNotice });
  const currentTree = () => treeOf(formPartsOf(store.getState().definition));

  // Lint click-through: a pointer into the form selects the field it is about.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new focus is acted on
  useEffect(() => {
    if (focus === null) return;
    const pointer = focusedField(currentTree(), focus, store.getState().definition.applicantIdField);
    if (pointer) {
      setSelected(pointer);
      requestAnimationFrame(() => {
        const rows = document.querySelectorAll<HTMLElement>('[data-pointer]');
        [...rows].find((row) => row.dataset.pointer === pointer)?.scrollIntoView?.({ block: 'center' });
      });
    }
    // This tab owns the pointer (editor-tabs), so it is done with it, found or not.
    if (tabOfPointer(focus) === 'form') store.setFocus(null);
  }, [focus, store]);

  const select = useLatest((pointer: string) => setSelected(pointer));
  const sensors = useSensors(useSensor(PointerSensor, POINTER), useSensor(KeyboardSensor, KEYBOARD));
  const accessibility = useAnnouncements(currentTree, locale);

  const onDragStart = ({ active }: DragStartEvent) => {
    const data = active.data.current as PaletteDrag | undefined;
    const id = String(active.id);
    if (data?.source === 'palette') {
      setDragging({ id, label: data.label, palette: true });
      return;
    }
    const field = currentTree().byPointer.get(id);
    setDragging({ id, label: field?.label ?? id, palette: false, collapsed: field?.inner ? id : undefined });
  };
  const onDragOver = ({ over }: DragOverEvent) => {
    if (dragging?.palette) setDropHint(over ? String(over.id) : null);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const collapsed = dragging?.collapsed;
    setDragging(null);
    setDropHint(null);
    if (!over) return;
    const tree = currentTree();
    const ids = canvasLines(tree, collapsed).map((l) => l.id);
    const target = dropTarget(ids, String(active.id), String(over.id), tree);
    if (!target) return;
    const data = active.data.current as PaletteDrag | undefined;
    if (data?.source === 'palette') actions.add(data.field, data.label, target);
    else actions.move(String(active.id), target.container, target.index);
  };

  return (
    <div className="ow-builder">
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragEnd={onDragEnd}
        onDragCancel={() => {
          setDragging(null);
          setDropHint(null);
        }}
        accessibility={accessibility}
      >
        <Palette onAdd={actions.add} />
        <div className="ow-builder-middle">
          {notice && (
            <Alert
              className="ow-builder-notice"
              type="info"
              showIcon
              role="status"
              title={notice.map(([key, params]) => <div key={key}>{m(key, params)}</div>)}
              closable={{ 'aria-label': m('notice.close') }}
              onClose={() => setNotice(null)}
            />
          )}
          <FieldCanvas
            selected={selected}
            dropHint={dropHint}
            collapsed={dragging?.collapsed}
            onSelect={select}
            onMove={actions.step}
            onRemove={actions.remove}
          />
        </div>
        <DragOverlay>
          {dragging?.palette ? <div className="ow-builder-overlay">{dragging.label}</div> : null}
        </DragOverlay>
      </DndContext>
      <PropertiesPanel
        selected={selected}
        onRename={actions.rename}
        onMoveTo={actions.moveTo}
        onApplicantId={actions.setApplicantId}
      />
      <FormPreview />
    </div>
  );
});
