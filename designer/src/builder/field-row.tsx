import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, HolderOutlined } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Button, Tag } from 'antd';
import { memo } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import { useFieldLabel } from './use-form-builder.ts';

/** What one canvas row shows (its label it follows itself): primitives, so other edits leave it alone. */
export interface FieldRowProps {
  pointer: string;
  fieldKey: string;
  kind: string;
  depth: number;
  required: 'always' | 'conditional' | 'no';
  visibility: 'always' | 'when' | 'custom';
  shared: boolean;
  applicant: boolean;
  container: boolean;
  selected: boolean;
  /** A palette item dragged over this row would be inserted before it. */
  dropHint: boolean;
  canMoveUp: boolean;
  canMoveDown: boolean;
  onSelect(pointer: string): void;
  onMove(pointer: string, delta: -1 | 1): void;
  onRemove(pointer: string): void;
}

/**
 * One field of the canvas: a drag handle (pointer or keyboard: Space picks it up), the field itself
 * as a button that selects it, and for the selected field the up/down/delete buttons.
 */
export const FieldRow = memo(function FieldRow(props: FieldRowProps) {
  const { pointer, fieldKey, kind, depth, required, visibility, shared, applicant, container } = props;
  const { selected, dropHint, canMoveUp, canMoveDown, onSelect, onMove, onRemove } = props;
  const m = useMessages(builderMessages);
  const label = useFieldLabel(pointer);
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: pointer,
  });
  const style = {
    transform: CSS.Translate.toString(transform),
    transition,
    marginInlineStart: depth * 20,
  };
  const className = [
    'ow-builder-row',
    selected && 'ow-builder-row-selected',
    container && 'ow-builder-row-container',
    isDragging && 'ow-builder-row-dragging',
    dropHint && 'ow-builder-drop-before',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <li ref={setNodeRef} style={style} className={className} data-pointer={pointer}>
      <button
        type="button"
        className="ow-builder-handle"
        {...attributes}
        {...listeners}
        aria-label={m('canvas.drag', { label })}
      >
        <HolderOutlined aria-hidden />
      </button>
      <button
        type="button"
        className="ow-builder-row-main"
        aria-pressed={selected}
        aria-label={m('canvas.select', { label, kind })}
        onClick={() => onSelect(pointer)}
      >
        <span className="ow-builder-row-label">{label}</span>
        <span className="ow-builder-row-key">{fieldKey}</span>
        <Tag className="ow-builder-tag">{kind}</Tag>
        {required === 'always' && <Tag className="ow-badge ow-badge-required">{m('badge.required')}</Tag>}
        {required === 'conditional' && (
          <Tag className="ow-badge ow-badge-required">{m('badge.conditionalRequired')}</Tag>
        )}
        {visibility === 'when' && <Tag className="ow-badge ow-badge-condition">{m('badge.conditional')}</Tag>}
        {visibility === 'custom' && <Tag className="ow-badge ow-badge-condition">{m('badge.custom')}</Tag>}
        {shared && <Tag className="ow-badge ow-badge-shared">{m('badge.shared')}</Tag>}
        {applicant && <Tag className="ow-badge ow-badge-applicant">{m('badge.applicant')}</Tag>}
      </button>
      {selected && (
        <span className="ow-builder-row-actions">
          <Button
            size="small"
            icon={<ArrowUpOutlined />}
            aria-label={m('canvas.moveUp', { label })}
            disabled={!canMoveUp}
            onClick={() => onMove(pointer, -1)}
          />
          <Button
            size="small"
            icon={<ArrowDownOutlined />}
            aria-label={m('canvas.moveDown', { label })}
            disabled={!canMoveDown}
            onClick={() => onMove(pointer, 1)}
          />
          <Button
            size="small"
            danger
            icon={<DeleteOutlined />}
            aria-label={m('canvas.remove', { label })}
            onClick={() => onRemove(pointer)}
          />
        </span>
      )}
    </li>
  );
});
