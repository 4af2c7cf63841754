import { InputNumber } from 'antd';
import { Labeled } from './labeled.tsx';

/** One optional number keyword of the field (a length, a bound): empty removes it. */
export function NumberSetting({
  id,
  label,
  value,
  min,
  onChange,
}: {
  id: string;
  label: string;
  value: unknown;
  min?: number;
  onChange(value: number | undefined): void;
}) {
  return (
    <Labeled id={id} label={label}>
      <InputNumber
        id={id}
        value={typeof value === 'number' ? value : null}
        min={min}
        onChange={(v) => onChange(typeof v === 'number' ? v : undefined)}
        className="ow-builder-number"
      />
    </Labeled>
  );
}
