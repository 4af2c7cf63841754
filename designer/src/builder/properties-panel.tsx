import { useI18n } from '@onewindow/runtime/app';
import type { ServiceItem } from '@onewindow/schemas';
import { Checkbox, Input, Select, Tag } from 'antd';
import { memo, useMemo } from 'react';
import { useEditor } from '../editor/editor-context.tsx';
import { getIn } from '../editor/set-in.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import { ConditionEditor, type ConditionSource } from './condition-editor.tsx';
import { ConstraintsEditor } from './constraints-editor.tsx';
import { DefaultValueInput, takesDefault } from './default-value-input.tsx';
import { KeyInput } from './key-input.tsx';
import { kindLabel } from './kind-label.ts';
import { Labeled } from './labeled.tsx';
import type { FieldCondition } from './model/field-condition.ts';
import { hasOptions } from './model/field-kinds.ts';
import { type FieldOption, readOptions, writeOptions } from './model/field-options.ts';
import { readRequiredWhen, setRequired, setRequiredWhen } from './model/field-requirement.ts';
import { setVisibility } from './model/field-visibility.ts';
import { rulesReading } from './model/form-definition.ts';
import { type FieldNode, type FormParts, type FormTree, isWithin } from './model/form-tree.ts';
import { own } from './model/json.ts';
import { renameRefusal } from './model/rename-field.ts';
import { englishTexts, updateEnglish, updateFieldSchema, updateFieldUi } from './model/update-field.ts';
import { OptionsEditor } from './options-editor.tsx';
import { Stable } from './stable.tsx';
import { SwitchSetting } from './switch-setting.tsx';
import { type FormEdits, useFormEdits, useFormTree } from './use-form-builder.ts';
import { useLatest } from './use-latest.ts';

export interface PropertiesPanelProps {
  /** The pointer of the selected field, if any. */
  selected: string | null;
  onRename(pointer: string, key: string): void;
  onMoveTo(pointer: string, container: string): void;
  onApplicantId(pointer: string, on: boolean): void;
}

interface FieldPropertiesProps extends Omit<PropertiesPanelProps, 'selected'> {
  field: FieldNode;
  parts: FormParts;
  tree: FormTree;
  applicantIdField: string | undefined;
  /** Rules that read the field (shown beside its key). */
  readers: readonly string[];
  edits: FormEdits;
}

const ID = 'ow-fp';
const PLACEHOLDER_KINDS = new Set([
  'text',
  'textarea',
  'number',
  'money',
  'idNumber',
  'creditCode',
  'mobile',
  'address',
  'select',
]);

/**
 * The properties of the selected field: labels (zh/en), key, required, texts, default, read-only,
 * validation, options, conditions (show when / required when) and its section. Every control edits
 * the store directly (typing coalesces into one undo step per control).
 */
export const PropertiesPanel = memo(function PropertiesPanel({ selected, ...actions }: PropertiesPanelProps) {
  const m = useMessages(builderMessages);
  const { parts, tree } = useFormTree();
  const edits = useFormEdits();
  const applicantIdField = useEditor((s) => s.definition.applicantIdField);
  const rules = useEditor((s) => s.definition.rules);
  const field = selected ? tree.byPointer.get(selected) : undefined;
  const pointer = field?.pointer;
  const readers = useMemo(
    () => (pointer ? rulesReading({ rules } as ServiceItem, pointer) : []),
    [pointer, rules],
  );
  return (
    <section className="ow-builder-props" aria-labelledby="ow-builder-props-title">
      <h2 id="ow-builder-props-title" className="ow-builder-heading">
        {m('props.title')}
      </h2>
      {field ? (
        <FieldProperties
          {...actions}
          field={field}
          parts={parts}
          tree={tree}
          applicantIdField={applicantIdField}
          readers={readers}
          edits={edits}
        />
      ) : (
        <p className="ow-builder-hint">{m('props.none')}</p>
      )}
    </section>
  );
});

function FieldProperties({
  field,
  parts,
  tree,
  applicantIdField,
  readers,
  edits,
  onRename,
  onMoveTo,
  onApplicantId,
}: FieldPropertiesProps) {
  const m = useMessages(builderMessages);
  const { locale } = useI18n();
  const { pointer, kind } = field;
  const schema = getIn(parts.schema, field.schemaPath);
  const ui = getIn(parts.uiSchema, field.uiPath);
  const text = (key: string) => {
    const v = own(schema, key);
    return typeof v === 'string' ? v : '';
  };
  const uiText = (key: string) => {
    const v = own(ui, key);
    return typeof v === 'string' ? v : '';
  };
  const setSchema = (key: string, value: unknown, coalesce = true) =>
    edits.field(
      pointer,
      (p, f) => updateFieldSchema(p, f, { [key]: value }),
      coalesce ? `${key}:${pointer}` : undefined,
    );
  const setUi = (key: string, value: unknown, coalesce = true) =>
    edits.field(
      pointer,
      (p, f) => updateFieldUi(p, f, { [key]: value }),
      coalesce ? `${key}:${pointer}` : undefined,
    );
  /** An input for one English text of the field (`ui:en`), next to its Chinese one. */
  const englishInput = (id: string, label: string, which: 'description' | 'help' | 'placeholder') => (
    <Labeled id={id} label={label}>
      <Input
        id={id}
        lang="en"
        value={englishTexts(ui)[which] ?? ''}
        onChange={(e) => {
          const value = e.target.value;
          edits.field(pointer, (p, f) => updateEnglish(p, f, { [which]: value }), `${which}-en:${pointer}`);
        }}
      />
    </Labeled>
  );
  const refusal = useLatest((key: string) => renameRefusal(parts, field, key));
  const options = hasOptions(kind) ? readOptions(parts, field) : [];
  const writeFieldOptions = (next: FieldOption[], coalesce?: string) =>
    edits.field(pointer, (p, f) => writeOptions(p, f, next), coalesce && `${coalesce}:${pointer}`);
  const sources: ConditionSource[] = tree.fields
    .filter((f) => f.container.pointer === field.container.pointer && f.pointer !== pointer)
    .map((f) => ({ field: f, options: hasOptions(f.kind) ? readOptions(parts, f) : [] }));
  const visibility =
    field.visibility.kind === 'when'
      ? field.visibility.condition
      : field.visibility.kind === 'custom'
        ? 'custom'
        : null;
  const requiredWhen = readRequiredWhen(parts, field);
  const conditionEdit =
    (apply: typeof setVisibility) => (condition: FieldCondition | null, coalesce?: string) =>
      edits.field(pointer, (p, f) => apply(p, f, condition), coalesce && `${coalesce}:${pointer}`);
  const containers = [...tree.containers.values()]
    .filter((c) => !isWithin(c.pointer, pointer))
    .map((c) => ({
      value: c.pointer,
      label:
        c.pointer === ''
          ? m('props.containerRoot')
          : (tree.byPointer.get(c.pointer.replace(/\/\*$/, ''))?.label ?? c.pointer),
    }));
  // What each part shows: it renders again only when that changes (see Stable).
  const sign = (...values: unknown[]) => JSON.stringify([pointer, locale, ...values]);
  const readonly = own(ui, 'ui:readonly') === true;
  const sourcesSig = sources.map((s) => [s.field.key, s.field.label, s.field.kind, s.options]);

  return (
    <div className="ow-builder-fields">
      <Stable signature={sign(kind, field.sharedKey)}>
        <div className="ow-builder-props-head">
          <Tag>{kindLabel(kind, locale)}</Tag>
          {field.sharedKey && (
            <Tag className="ow-badge ow-badge-shared">{m('props.sharedKey', { key: field.sharedKey })}</Tag>
          )}
        </div>
        {kind === 'other' && <p className="ow-builder-hint">{m('props.otherKind')}</p>}
      </Stable>
      <Labeled id={`${ID}-title`} label={m('props.labelZh')}>
        <Input
          id={`${ID}-title`}
          value={text('title')}
          onChange={(e) => setSchema('title', e.target.value || undefined)}
        />
      </Labeled>
      <Labeled id={`${ID}-title-en`} label={m('props.labelEn')}>
        <Input
          id={`${ID}-title-en`}
          value={englishTexts(ui).title ?? ''}
          onChange={(e) => {
            const title = e.target.value;
            edits.field(pointer, (p, f) => updateEnglish(p, f, { title }), `title-en:${pointer}`);
          }}
        />
      </Labeled>
      <Stable
        signature={sign(field.key, readers, field.required, readonly, kind, applicantIdField === pointer)}
      >
        <Labeled id={`${ID}-key`} label={m('props.key')}>
          <KeyInput
            key={pointer}
            id={`${ID}-key`}
            value={field.key}
            describedBy={`${ID}-key-help`}
            refusal={refusal}
            onRename={(key) => onRename(pointer, key)}
          />
          <div id={`${ID}-key-help`} className="ow-builder-hint">
            {m('props.keyHelp')}
            {readers.length > 0 && ` ${m('props.readers', { rules: readers.join('、') })}`}
          </div>
        </Labeled>
        <div className="ow-builder-switches">
          <SwitchSetting
            id={`${ID}-required`}
            label={m('props.required')}
            checked={field.required === 'always'}
            onChange={(on) => edits.field(pointer, (p, f) => setRequired(p, f, on))}
          />
          <SwitchSetting
            id={`${ID}-readonly`}
            label={m('props.readonly')}
            checked={readonly}
            onChange={(on) => setUi('ui:readonly', on || undefined, false)}
          />
        </div>
        {kind === 'idNumber' && (
          <Checkbox
            checked={applicantIdField === pointer}
            onChange={(e) => onApplicantId(pointer, e.target.checked)}
          >
            {m('props.applicantId')}
          </Checkbox>
        )}
      </Stable>
      <Stable
        signature={sign(
          kind,
          text('description'),
          uiText('ui:help'),
          uiText('ui:placeholder'),
          englishTexts(ui),
        )}
      >
        <Labeled id={`${ID}-description`} label={m('props.description')}>
          <Input.TextArea
            id={`${ID}-description`}
            autoSize={{ minRows: 1, maxRows: 4 }}
            value={text('description')}
            onChange={(e) => setSchema('description', e.target.value || undefined)}
          />
        </Labeled>
        {englishInput(`${ID}-description-en`, m('props.descriptionEn'), 'description')}
        <Labeled id={`${ID}-help`} label={m('props.help')}>
          <Input
            id={`${ID}-help`}
            value={uiText('ui:help')}
            onChange={(e) => setUi('ui:help', e.target.value || undefined)}
          />
        </Labeled>
        {englishInput(`${ID}-help-en`, m('props.helpEn'), 'help')}
        {PLACEHOLDER_KINDS.has(kind) && (
          <Labeled id={`${ID}-placeholder`} label={m('props.placeholder')}>
            <Input
              id={`${ID}-placeholder`}
              value={uiText('ui:placeholder')}
              onChange={(e) => setUi('ui:placeholder', e.target.value || undefined)}
            />
          </Labeled>
        )}
        {PLACEHOLDER_KINDS.has(kind) &&
          englishInput(`${ID}-placeholder-en`, m('props.placeholderEn'), 'placeholder')}
      </Stable>
      {takesDefault(kind) && (
        <Stable signature={sign(kind, own(schema, 'default') ?? null, options)}>
          <Labeled id={`${ID}-default`} label={m('props.default')}>
            <DefaultValueInput
              id={`${ID}-default`}
              kind={kind}
              value={own(schema, 'default')}
              options={options}
              onChange={(value, coalesce) => setSchema('default', value, coalesce !== undefined)}
            />
          </Labeled>
        </Stable>
      )}
      <Stable signature={sign(kind, constraintValues(schema))}>
        <ConstraintsEditor idPrefix={ID} field={field} schema={schema} edits={edits} />
      </Stable>
      {hasOptions(kind) && (
        <Stable signature={sign(kind, options)}>
          <fieldset className="ow-builder-condition">
            <legend className="ow-builder-legend">{m('options.title')}</legend>
            <OptionsEditor
              key={pointer}
              options={options}
              fixedValues={kind === 'yesNo'}
              onChange={writeFieldOptions}
            />
          </fieldset>
        </Stable>
      )}
      <Stable signature={sign(visibility, requiredWhen, sourcesSig)}>
        <p className="ow-builder-hint">{m('cond.hint')}</p>
        <ConditionEditor
          id={`${ID}-show-when`}
          title={m('cond.visible')}
          value={visibility}
          sources={sources}
          onChange={conditionEdit(setVisibility)}
        />
        <ConditionEditor
          id={`${ID}-required-when`}
          title={m('cond.required')}
          value={requiredWhen}
          sources={sources}
          onChange={conditionEdit(setRequiredWhen)}
        />
      </Stable>
      <Stable signature={sign(field.container.pointer, containers)}>
        <Labeled id={`${ID}-container`} label={m('props.container')}>
          <Select
            id={`${ID}-container`}
            value={field.container.pointer}
            onChange={(container: string) => onMoveTo(pointer, container)}
            options={containers}
          />
        </Labeled>
      </Stable>
    </div>
  );
}

const CONSTRAINTS = [
  'type',
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'minItems',
  'maxItems',
];

/** The keywords the validation part shows (its signature). */
function constraintValues(schema: unknown): unknown[] {
  return CONSTRAINTS.map((k) => own(schema, k) ?? null);
}
