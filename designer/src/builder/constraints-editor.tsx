import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import { isNumberKind, isTextKind } from './model/field-kinds.ts';
import type { FieldNode } from './model/form-tree.ts';
import { own } from './model/json.ts';
import { updateFieldSchema } from './model/update-field.ts';
import { NumberSetting } from './number-setting.tsx';
import { PatternInput } from './pattern-input.tsx';
import { SwitchSetting } from './switch-setting.tsx';
import type { FormEdits } from './use-form-builder.ts';

/**
 * The validation keywords that fit the field's type: length and pattern for text, range (and whole
 * numbers) for numbers, how many for tables and checkbox groups. Formats (ID number, credit code,
 * mobile, date) validate themselves and take none of these.
 */
export function ConstraintsEditor({
  idPrefix,
  field,
  schema,
  edits,
}: {
  idPrefix: string;
  field: FieldNode;
  schema: unknown;
  edits: FormEdits;
}) {
  const m = useMessages(builderMessages);
  const { kind, pointer } = field;
  const set = (key: string) => (value: unknown) =>
    edits.field(pointer, (p, f) => updateFieldSchema(p, f, { [key]: value }), `${key}:${pointer}`);
  const text = isTextKind(kind);
  const number = isNumberKind(kind);
  const items = kind === 'table' || kind === 'checkboxes';
  if (!text && !number && !items) return null;
  const pattern = own(schema, 'pattern');
  return (
    <fieldset className="ow-builder-condition">
      <legend className="ow-builder-legend">{m('props.validation')}</legend>
      <div className="ow-builder-numbers">
        {text && (
          <>
            <NumberSetting
              id={`${idPrefix}-minLength`}
              label={m('props.minLength')}
              min={0}
              value={own(schema, 'minLength')}
              onChange={set('minLength')}
            />
            <NumberSetting
              id={`${idPrefix}-maxLength`}
              label={m('props.maxLength')}
              min={0}
              value={own(schema, 'maxLength')}
              onChange={set('maxLength')}
            />
          </>
        )}
        {number && (
          <>
            <NumberSetting
              id={`${idPrefix}-minimum`}
              label={m('props.minimum')}
              value={own(schema, 'minimum')}
              onChange={set('minimum')}
            />
            <NumberSetting
              id={`${idPrefix}-maximum`}
              label={m('props.maximum')}
              value={own(schema, 'maximum')}
              onChange={set('maximum')}
            />
          </>
        )}
        {items && (
          <>
            <NumberSetting
              id={`${idPrefix}-minItems`}
              label={m('props.minItems')}
              min={0}
              value={own(schema, 'minItems')}
              onChange={set('minItems')}
            />
            <NumberSetting
              id={`${idPrefix}-maxItems`}
              label={m('props.maxItems')}
              min={0}
              value={own(schema, 'maxItems')}
              onChange={set('maxItems')}
            />
          </>
        )}
      </div>
      {text && (
        <PatternInput
          key={pointer}
          id={`${idPrefix}-pattern`}
          value={typeof pattern === 'string' ? pattern : ''}
          onChange={set('pattern')}
        />
      )}
      {kind === 'number' && (
        <SwitchSetting
          id={`${idPrefix}-integer`}
          label={m('props.integer')}
          checked={own(schema, 'type') === 'integer'}
          onChange={(on) =>
            edits.field(pointer, (p, f) => updateFieldSchema(p, f, { type: on ? 'integer' : 'number' }))
          }
        />
      )}
    </fieldset>
  );
}
