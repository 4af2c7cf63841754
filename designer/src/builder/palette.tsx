import { useDraggable } from '@dnd-kit/core';
import { useI18n } from '@onewindow/runtime/app';
import { memo, type PointerEventHandler } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import { kindLabel } from './kind-label.ts';
import { type NewField, paletteField, sharedDictionaryField } from './model/add-field.ts';
import { FIELD_KINDS } from './model/field-kinds.ts';
import { SHARED_FIELDS } from './model/shared-fields.ts';

/** What a palette item carries while dragged (the canvas reads it on drop). */
export interface PaletteDrag {
  source: 'palette';
  field: NewField;
  label: string;
}

function PaletteItem({
  id,
  label,
  name,
  field,
  onAdd,
}: {
  id: string;
  label: string;
  /** The button's accessible name (a field type and a shared field may have the same label). */
  name: string;
  field: NewField;
  onAdd: (field: NewField, label: string) => void;
}) {
  const data: PaletteDrag = { source: 'palette', field, label };
  const { setNodeRef, listeners } = useDraggable({ id, data });
  // Only the pointer starts a drag here: Enter and Space click the button (add at the selection),
  // which is the keyboard way to add a field.
  return (
    <li>
      <button
        ref={setNodeRef}
        type="button"
        className="ow-builder-palette-item"
        aria-label={name}
        onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
        onClick={() => onAdd(field, label)}
      >
        {label}
      </button>
    </li>
  );
}

/**
 * The palette: the field types, and the shared data-dictionary fields (same `x-sharedKey`
 * everywhere). Each can be clicked (added after the selected field) or dragged onto the canvas.
 */
export const Palette = memo(function Palette({ onAdd }: { onAdd: (field: NewField, label: string) => void }) {
  const m = useMessages(builderMessages);
  const { locale } = useI18n();
  return (
    <nav className="ow-builder-palette" aria-labelledby="ow-builder-palette-title">
      <h2 id="ow-builder-palette-title" className="ow-builder-heading">
        {m('palette.title')}
      </h2>
      <p className="ow-builder-hint">{m('palette.hint')}</p>
      <ul className="ow-builder-palette-list" aria-labelledby="ow-builder-palette-title">
        {FIELD_KINDS.map((kind) => {
          const label = kindLabel(kind, locale);
          return (
            <PaletteItem
              key={kind}
              id={`palette:${kind}`}
              label={label}
              name={m('palette.add', { label })}
              field={paletteField(kind)}
              onAdd={onAdd}
            />
          );
        })}
      </ul>
      <h2 id="ow-builder-palette-shared" className="ow-builder-heading">
        {m('palette.shared')}
      </h2>
      <ul className="ow-builder-palette-list" aria-labelledby="ow-builder-palette-shared">
        {SHARED_FIELDS.map((shared) => {
          const label = shared.label[locale];
          return (
            <PaletteItem
              key={shared.sharedKey}
              id={`shared:${shared.sharedKey}`}
              label={label}
              name={m('palette.addShared', { label })}
              field={sharedDictionaryField(shared.sharedKey)!}
              onAdd={onAdd}
            />
          );
        })}
      </ul>
    </nav>
  );
});
