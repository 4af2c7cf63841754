import { Input } from 'antd';

export interface CheckedInputProps {
  id: string;
  /** The accessible name ("材料 3 编码"). */
  label: string;
  value: string;
  /** What is wrong with the value, shown under it and announced with it; null when nothing is. */
  error: string | null;
  onChange(value: string): void;
  className?: string;
  placeholder?: string;
}

/** A table cell's text input with its inline validation message. */
export function CheckedInput({
  id,
  label,
  value,
  error,
  onChange,
  className,
  placeholder,
}: CheckedInputProps) {
  return (
    <div className="ow-cell">
      <Input
        id={id}
        aria-label={label}
        className={className}
        placeholder={placeholder}
        value={value}
        status={error ? 'error' : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="ow-field-error">
          {error}
        </span>
      )}
    </div>
  );
}
