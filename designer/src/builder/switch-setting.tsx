import { Switch } from 'antd';

/** A yes/no setting of the field (required, read-only, whole numbers) with its label. */
export function SwitchSetting({
  id,
  label,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange(on: boolean): void;
}) {
  return (
    <span className="ow-builder-switch">
      <Switch id={id} size="small" checked={checked} onChange={onChange} />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}
