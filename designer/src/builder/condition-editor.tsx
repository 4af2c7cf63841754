import { Input, InputNumber, Select } from 'antd';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import { Labeled } from './labeled.tsx';
import type { ConditionOp, ConditionValue, FieldCondition } from './model/field-condition.ts';
import type { FieldOption } from './model/field-options.ts';
import type { FieldNode } from './model/form-tree.ts';

/** A field a condition can watch, with what the editor needs to offer operators and values. */
export interface ConditionSource {
  field: FieldNode;
  /** Its options (select, radio, checkboxes), for value pickers. */
  options: readonly FieldOption[];
}

export interface ConditionEditorProps {
  id: string;
  title: string;
  value: FieldCondition | 'custom' | null;
  sources: readonly ConditionSource[];
  onChange(condition: FieldCondition | null, coalesce?: string): void;
}

/** The operators that make sense for a watched field of this type. */
function opsFor(field: FieldNode): ConditionOp[] {
  switch (field.kind) {
    case 'yesNo':
      return ['isTrue', 'isFalse', 'filled'];
    case 'select':
    case 'radio':
      return ['equals', 'notEquals', 'oneOf', 'notOneOf', 'filled'];
    case 'checkboxes':
      return ['includes', 'filled'];
    case 'section':
    case 'table':
    case 'dateRange':
    case 'other':
      return ['filled'];
    default:
      return ['equals', 'notEquals', 'filled'];
  }
}

const isNumeric = (field: FieldNode) => field.kind === 'number' || field.kind === 'money';

/** A complete condition on `source` with operator `op`, keeping what fits of the previous value. */
function conditionFor(source: ConditionSource, op: ConditionOp, previous?: FieldCondition): FieldCondition {
  const first: ConditionValue = source.options[0]?.value ?? (isNumeric(source.field) ? 0 : '');
  const kept = previous?.source === source.field.key ? previous : undefined;
  const single = kept?.value ?? kept?.values?.[0] ?? first;
  switch (op) {
    case 'equals':
    case 'notEquals':
    case 'includes':
      return { source: source.field.key, op, value: single };
    case 'oneOf':
    case 'notOneOf':
      return { source: source.field.key, op, values: kept?.values ?? [single] };
    default:
      return { source: source.field.key, op };
  }
}

/**
 * "Show when …" / "Required when …" without JSON: a field of the same section, an operator typed to
 * that field (yes/no: is yes/is no; options: equals, one of…; checkboxes: includes), and a value
 * picked from its options or typed. Every change writes a complete condition at once.
 */
export function ConditionEditor({ id, title, value, sources, onChange }: ConditionEditorProps) {
  const m = useMessages(builderMessages);
  const condition = value === 'custom' ? null : value;
  const source = condition ? sources.find((s) => s.field.key === condition.source) : undefined;
  const none = '';

  const pickSource = (key: string) => {
    const picked = sources.find((s) => s.field.key === key);
    onChange(picked ? conditionFor(picked, opsFor(picked.field)[0], condition ?? undefined) : null);
  };

  return (
    <fieldset className="ow-builder-condition">
      <legend className="ow-builder-legend">{title}</legend>
      {value === 'custom' && <div className="ow-builder-hint">{m('cond.custom')}</div>}
      {sources.length === 0 ? (
        <div className="ow-builder-hint">{m('cond.noSources')}</div>
      ) : (
        <Labeled id={`${id}-source`} label={m('cond.source', { title })}>
          <Select
            id={`${id}-source`}
            value={condition?.source ?? (value === 'custom' ? undefined : none)}
            onChange={pickSource}
            options={[
              { value: none, label: m('cond.none') },
              ...sources.map((s) => ({ value: s.field.key, label: `${s.field.label}（${s.field.key}）` })),
            ]}
          />
        </Labeled>
      )}
      {condition && source && (
        <>
          <Labeled id={`${id}-op`} label={m('cond.op', { title })}>
            <Select
              id={`${id}-op`}
              value={condition.op}
              onChange={(op: ConditionOp) => onChange(conditionFor(source, op, condition))}
              options={opsFor(source.field).map((op) => ({ value: op, label: m(`op.${op}`) }))}
            />
          </Labeled>
          <ConditionValueInput
            id={`${id}-value`}
            title={title}
            condition={condition}
            source={source}
            onChange={onChange}
          />
        </>
      )}
    </fieldset>
  );
}

function ConditionValueInput({
  id,
  title,
  condition,
  source,
  onChange,
}: {
  id: string;
  title: string;
  condition: FieldCondition;
  source: ConditionSource;
  onChange(condition: FieldCondition, coalesce?: string): void;
}) {
  const m = useMessages(builderMessages);
  const { op } = condition;
  if (op === 'isTrue' || op === 'isFalse' || op === 'filled') return null;
  const label = m('cond.value', { title });
  const choices = source.options.map((o) => ({
    value: String(o.value),
    label: o.label && o.label !== String(o.value) ? `${o.label}（${String(o.value)}）` : String(o.value),
  }));
  const byText = (text: string) => source.options.find((o) => String(o.value) === text)?.value ?? text;
  let input: ReactNode;
  if (choices.length > 0 && (op === 'oneOf' || op === 'notOneOf')) {
    input = (
      <Select
        id={id}
        mode="multiple"
        value={(condition.values ?? []).map(String)}
        onChange={(texts: string[]) => onChange({ ...condition, values: texts.map(byText) })}
        options={choices}
      />
    );
  } else if (choices.length > 0) {
    input = (
      <Select
        id={id}
        value={String(condition.value ?? '')}
        onChange={(text: string) => onChange({ ...condition, value: byText(text) })}
        options={choices}
      />
    );
  } else if (isNumeric(source.field)) {
    input = (
      <InputNumber
        id={id}
        value={typeof condition.value === 'number' ? condition.value : null}
        onChange={(v) => onChange({ ...condition, value: typeof v === 'number' ? v : 0 }, id)}
      />
    );
  } else {
    input = (
      <Input
        id={id}
        value={String(condition.value ?? '')}
        onChange={(e) => onChange({ ...condition, value: e.target.value }, id)}
      />
    );
  }
  return (
    <Labeled id={id} label={label}>
      {input}
    </Labeled>
  );
}
