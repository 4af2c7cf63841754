import { isSafePattern, type OperatorName } from '@onewindow/schemas';
import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useMessages } from '../i18n/define-messages.ts';
import type { FactChoice } from './fact-choices.ts';
import { valueShapeOf } from './operator-choices.ts';
import { rulesMessages } from './rules-messages.ts';

export interface ValueInputProps {
  id: string;
  /** The accessible name ("条件 1 的值"). */
  label: string;
  operator: OperatorName;
  choice: FactChoice | undefined;
  value: unknown;
  /** `typing` marks keystrokes, which the store merges into one undo step. */
  onChange(value: unknown, typing?: boolean): void;
}

const DATE = /^\d{4}-\d{2}-\d{2}/;

function toNumbers(values: readonly string[]): number[] {
  return values.map(Number).filter((n) => Number.isFinite(n));
}

/**
 * The value of one condition, typed to its field and operator: a select of the enum's options (with
 * the labels the form shows), 是/否 for yes/no, a date picker, a number input, a multi-select for
 * 属于/包含任一/包含全部 (free entry where the field has no options), years for 年满, a checked regex.
 */
export function ValueInput({ id, label, operator, choice, value, onChange }: ValueInputProps) {
  const m = useMessages(rulesMessages);
  const shape = valueShapeOf(operator);
  const options = choice?.options?.map((o) => ({ value: JSON.stringify(o.value), label: o.label }));

  if (shape === 'years') {
    return (
      <InputNumber
        id={id}
        aria-label={label}
        min={0}
        max={150}
        precision={0}
        suffix={m('value.years')}
        value={typeof value === 'number' ? value : null}
        onChange={(n) => onChange(n ?? 0, true)}
      />
    );
  }
  if (shape === 'pattern') {
    const text = typeof value === 'string' ? value : '';
    const unsafe = text !== '' && !isSafePattern(text);
    return (
      <span className="ow-cond-value">
        <Input
          id={id}
          aria-label={label}
          aria-invalid={unsafe || undefined}
          aria-describedby={unsafe ? `${id}-error` : undefined}
          status={unsafe ? 'error' : undefined}
          placeholder={m('value.pattern')}
          value={text}
          onChange={(e) => onChange(e.target.value, true)}
        />
        {unsafe && (
          <span id={`${id}-error`} className="ow-field-error">
            {m('value.patternUnsafe')}
          </span>
        )}
      </span>
    );
  }
  if (shape === 'list') {
    const list = Array.isArray(value) ? value : [];
    if (options) {
      return (
        <Select
          id={id}
          aria-label={label}
          mode="multiple"
          className="ow-cond-list"
          placeholder={m('value.pick')}
          options={options}
          value={list.map((v) => JSON.stringify(v))}
          onChange={(keys: string[]) => onChange(keys.map((k) => JSON.parse(k)))}
        />
      );
    }
    return (
      <Select
        id={id}
        aria-label={label}
        mode="tags"
        className="ow-cond-list"
        placeholder={m('value.tags')}
        open={false}
        value={list.map(String)}
        onChange={(items: string[]) => onChange(choice?.kind === 'number' ? toNumbers(items) : items)}
      />
    );
  }
  if (options) {
    return (
      <Select
        id={id}
        aria-label={label}
        className="ow-cond-select"
        placeholder={m('value.pick')}
        options={options}
        value={value === undefined || value === '' ? undefined : JSON.stringify(value)}
        onChange={(key: string) => onChange(JSON.parse(key))}
      />
    );
  }
  if (choice?.kind === 'number') {
    return (
      <InputNumber
        id={id}
        aria-label={label}
        precision={choice.integer ? 0 : undefined}
        value={typeof value === 'number' ? value : null}
        onChange={(n) => onChange(n, true)}
      />
    );
  }
  if (choice?.kind === 'date') {
    const date = typeof value === 'string' && DATE.test(value) ? dayjs(value.slice(0, 10)) : null;
    return (
      <DatePicker
        id={id}
        aria-label={label}
        value={date?.isValid() ? date : null}
        onChange={(d) => onChange(d ? d.format('YYYY-MM-DD') : '')}
      />
    );
  }
  return (
    <Input
      id={id}
      aria-label={label}
      className="ow-cond-text"
      value={typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)}
      onChange={(e) => onChange(e.target.value, true)}
    />
  );
}
