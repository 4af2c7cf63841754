import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import { useState } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import { type FieldOption, newOptionValue, optionsRefusal } from './model/field-options.ts';

export interface OptionsEditorProps {
  /** The stored options. */
  options: readonly FieldOption[];
  /** A yes/no: the two values are fixed, only their names are edited. */
  fixedValues: boolean;
  onChange(options: FieldOption[], coalesce?: string): void;
}

/**
 * The options of a select, radio group or checkbox group (value + zh/en name each), or the names of
 * a yes/no. A value edit that would leave an empty or repeated value is held back with its reason
 * until it is fixed; names are saved as typed. A name left empty shows the value on the form.
 */
export function OptionsEditor({ options, fixedValues, onChange }: OptionsEditorProps) {
  const m = useMessages(builderMessages);
  // A value being typed that cannot be saved yet, by row.
  const [pending, setPending] = useState<{ index: number; value: string } | null>(null);
  const valueAt = (i: number) => (pending?.index === i ? pending.value : String(options[i].value));
  const refusal = pending
    ? optionsRefusal(options.map((o, i) => (i === pending.index ? { ...o, value: pending.value } : o)))
    : undefined;

  const setValue = (index: number, value: string) => {
    const next = options.map((o, i) => (i === index ? { ...o, value } : o));
    if (optionsRefusal(next)) setPending({ index, value });
    else {
      setPending(null);
      onChange(next, `option-value:${index}`);
    }
  };
  const setLabel = (index: number, key: 'label' | 'labelEn', text: string) =>
    onChange(
      options.map((o, i) => (i === index ? { ...o, [key]: text } : o)),
      `option-${key}:${index}`,
    );
  const remove = (index: number) => {
    setPending(null);
    onChange(options.filter((_, i) => i !== index));
  };
  const add = () => onChange([...options, { value: newOptionValue(options), label: '', labelEn: '' }]);

  const yesNo = (i: number, zh: boolean) =>
    options[i].value === true
      ? m(zh ? 'options.yesLabel' : 'options.yesLabelEn')
      : m(zh ? 'options.noLabel' : 'options.noLabelEn');

  return (
    <div className="ow-builder-options">
      {!fixedValues && <div className="ow-builder-hint">{m('options.columns')}</div>}
      <ol className="ow-builder-option-list">
        {options.map((option, i) => {
          const n = i + 1;
          const shownLabel = option.label === String(option.value) ? '' : option.label;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: options are positions in `enum`; a value edit must keep the row
            <li key={i} className="ow-builder-option">
              {!fixedValues && (
                <Input
                  aria-label={m('options.value', { n })}
                  value={valueAt(i)}
                  status={pending?.index === i && refusal ? 'error' : undefined}
                  onChange={(e) => setValue(i, e.target.value)}
                  spellCheck={false}
                />
              )}
              <Input
                aria-label={fixedValues ? yesNo(i, true) : m('options.labelZh', { n })}
                placeholder={fixedValues ? undefined : String(option.value)}
                value={shownLabel}
                onChange={(e) => setLabel(i, 'label', e.target.value)}
              />
              <Input
                aria-label={fixedValues ? yesNo(i, false) : m('options.labelEn', { n })}
                value={option.labelEn}
                onChange={(e) => setLabel(i, 'labelEn', e.target.value)}
              />
              {!fixedValues && (
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={m('options.remove', { n })}
                  disabled={options.length <= 1}
                  onClick={() => remove(i)}
                />
              )}
            </li>
          );
        })}
      </ol>
      {refusal && (
        <div className="ow-builder-error" role="alert">
          {m(`options.${refusal}`)}
        </div>
      )}
      {!fixedValues && (
        <Button icon={<PlusOutlined />} onClick={add}>
          {m('options.add')}
        </Button>
      )}
    </div>
  );
}
