import { useI18n } from '@onewindow/runtime/app';
import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs from 'dayjs';
import { useMessages } from '../i18n/define-messages.ts';
import { builderMessages } from './builder-messages.ts';
import type { FieldKind } from './model/field-kinds.ts';
import type { FieldOption } from './model/field-options.ts';

/** Types that take a default value in the properties panel. */
export function takesDefault(kind: FieldKind): boolean {
  return !['section', 'table', 'dateRange', 'other'].includes(kind);
}

/**
 * The field's `default`, typed to the field: a number for numbers, one of the options (several for
 * a checkbox group), yes/no, a date (stored YYYY-MM-DD), or text. Empty removes the default.
 */
export function DefaultValueInput({
  id,
  kind,
  value,
  options,
  onChange,
}: {
  id: string;
  kind: FieldKind;
  value: unknown;
  options: readonly FieldOption[];
  onChange(value: unknown, coalesce?: string): void;
}) {
  const m = useMessages(builderMessages);
  const { t } = useI18n();
  const none = '';
  const named = (o: FieldOption) =>
    o.label || (o.value === true ? t('common.yes') : o.value === false ? t('common.no') : String(o.value));
  const choices = options.map((o) => ({ value: String(o.value), label: named(o) }));
  const byText = (text: string) => options.find((o) => String(o.value) === text)?.value;
  switch (kind) {
    case 'number':
    case 'money':
      return (
        <InputNumber
          id={id}
          value={typeof value === 'number' ? value : null}
          onChange={(v) => onChange(typeof v === 'number' ? v : undefined, id)}
        />
      );
    case 'checkboxes':
      return (
        <Select
          id={id}
          mode="multiple"
          value={Array.isArray(value) ? value.map(String) : []}
          onChange={(texts: string[]) => onChange(texts.length > 0 ? texts.map(byText) : undefined)}
          options={choices}
        />
      );
    case 'select':
    case 'radio':
    case 'yesNo':
      return (
        <Select
          id={id}
          value={value === undefined ? none : String(value)}
          onChange={(text: string) => onChange(text === none ? undefined : byText(text))}
          options={[{ value: none, label: m('props.defaultNone') }, ...choices]}
        />
      );
    case 'date': {
      const day = typeof value === 'string' ? dayjs(value) : null;
      return (
        <DatePicker
          id={id}
          value={day?.isValid() ? day : null}
          format="YYYY-MM-DD"
          onChange={(date) => onChange(date ? date.format('YYYY-MM-DD') : undefined)}
        />
      );
    }
    default:
      return (
        <Input
          id={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value, id)}
        />
      );
  }
}
