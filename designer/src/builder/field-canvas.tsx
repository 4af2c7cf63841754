import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useI18n } from '@onewindow/runtime/app';
import { Empty } from 'antd';
import { memo, useMemo, useRef } from 'react';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import { type CanvasLine, canvasLines } from './drop-target.ts';
import { EndSlot } from './end-slot.tsx';
import { FieldRow } from './field-row.tsx';
import { kindLabel } from './kind-label.ts';
import { formPartsOf } from './model/form-definition.ts';
import { structureOf, treeOf } from './use-form-builder.ts';

export interface FieldCanvasProps {
  selected: string | null;
  /** The line a palette item being dragged would be inserted before. */
  dropHint: string | null;
  /** A section being dragged, whose fields are folded away meanwhile. */
  collapsed: string | undefined;
  onSelect(pointer: string): void;
  onMove(pointer: string, delta: -1 | 1): void;
  onRemove(pointer: string): void;
}

/** The same array as last time while the ids are the same, so the sortable context stays put. */
function useStableIds(lines: readonly CanvasLine[]): string[] {
  const last = useRef<string[]>([]);
  const ids = lines.map((l) => l.id);
  if (ids.length !== last.current.length || ids.some((id, i) => id !== last.current[i])) last.current = ids;
  return last.current;
}

/**
 * The field tree as one sortable list (sections and tables indented, each ending in a drop slot).
 * Rows get primitives only and are memoised, and follow their own labels: typing a label renders
 * one row, not two hundred.
 */
export const FieldCanvas = memo(function FieldCanvas({
  selected,
  dropHint,
  collapsed,
  onSelect,
  onMove,
  onRemove,
}: FieldCanvasProps) {
  const m = useMessages(builderMessages);
  const { locale } = useI18n();
  const store = useEditorStore();
  // Renders again when the list's structure changes; labels are followed row by row.
  useEditor((s) => structureOf(treeOf(formPartsOf(s.definition))));
  const tree = treeOf(formPartsOf(store.getState().definition));
  const applicantIdField = useEditor((s) => s.definition.applicantIdField);
  const lines = useMemo(() => canvasLines(tree, collapsed), [tree, collapsed]);
  const ids = useStableIds(lines);
  const siblings = new Map<string, string[]>();
  for (const f of tree.fields) {
    const list = siblings.get(f.container.pointer) ?? [];
    list.push(f.pointer);
    siblings.set(f.container.pointer, list);
  }
  return (
    <section className="ow-builder-canvas" aria-labelledby="ow-builder-canvas-title">
      <div className="ow-builder-canvas-head">
        <h2 id="ow-builder-canvas-title" className="ow-builder-heading">
          {m('canvas.title', { n: tree.fields.length })}
        </h2>
      </div>
      {tree.fields.length === 0 && (
        <Empty description={m('canvas.empty')} image={Empty.PRESENTED_IMAGE_SIMPLE} />
      )}
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ul className="ow-builder-rows" aria-label={m('canvas.list')}>
          {lines.map((line) => {
            if (line.type === 'end') {
              return (
                <EndSlot
                  key={line.id}
                  id={line.id}
                  depth={line.depth}
                  container={line.container}
                  hint={line.id === dropHint}
                />
              );
            }
            const field = tree.byPointer.get(line.pointer)!;
            const around = siblings.get(field.container.pointer) ?? [];
            const at = around.indexOf(field.pointer);
            return (
              <FieldRow
                key={line.id}
                pointer={field.pointer}
                fieldKey={field.key}
                kind={kindLabel(field.kind, locale)}
                depth={line.depth}
                required={field.required}
                visibility={field.visibility.kind}
                shared={field.sharedKey !== undefined}
                applicant={field.pointer === applicantIdField}
                container={field.inner !== undefined}
                selected={field.pointer === selected}
                dropHint={line.id === dropHint}
                canMoveUp={at > 0}
                canMoveDown={at < around.length - 1}
                onSelect={onSelect}
                onMove={onMove}
                onRemove={onRemove}
              />
            );
          })}
        </ul>
      </SortableContext>
    </section>
  );
});
