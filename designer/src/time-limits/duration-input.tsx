import type { Duration } from '@onewindow/schemas';
import { InputNumber, Select, Space } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { timeLimitsMessages } from './time-limits-messages.ts';

const UNITS = ['workday', 'day', 'hour'] as const;

export interface DurationInputProps {
  /** The id of the amount input (the field's label points at it). */
  id: string;
  /** The limit's name, for the two controls' accessible names ("承诺办结时限数量"). */
  limit: string;
  value: Duration | undefined;
  /** `undefined` when the amount is cleared and `optional`: the limit is removed. */
  onChange(value: Duration | undefined, typing?: boolean): void;
  optional?: boolean;
  /** The unit a new (optional) duration starts with. */
  defaultUnit?: Duration['unit'];
  status?: 'error' | 'warning';
  describedBy?: string;
}

/** An amount with its unit: 工作日 workday, 自然日 natural day or 小时 hour. */
export function DurationInput({
  id,
  limit,
  value,
  onChange,
  optional,
  defaultUnit = 'workday',
  status,
  describedBy,
}: DurationInputProps) {
  const m = useMessages(timeLimitsMessages);
  const unit = value?.unit ?? defaultUnit;
  return (
    <Space.Compact>
      <InputNumber
        id={id}
        aria-label={m('field.amount', { limit })}
        aria-describedby={describedBy}
        aria-invalid={status === 'error' || undefined}
        status={status}
        min={0}
        max={3650}
        precision={0}
        value={value?.amount ?? null}
        onChange={(n) =>
          onChange(n === null ? (optional ? undefined : { amount: 0, unit }) : { amount: n, unit }, true)
        }
      />
      <Select
        id={`${id}-unit`}
        aria-label={m('field.unit', { limit })}
        className="ow-unit-select"
        value={unit}
        options={UNITS.map((u) => ({ value: u, label: m(`unit.${u}`) }))}
        onChange={(u: Duration['unit']) => onChange({ amount: value?.amount ?? 0, unit: u })}
      />
    </Space.Compact>
  );
}
