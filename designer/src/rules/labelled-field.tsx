import type { ReactNode } from 'react';
import './fields.css';

export interface LabelledFieldProps {
  /** The id of the control inside, which the visible label names. */
  id: string;
  label: ReactNode;
  children: ReactNode;
  /** A hint or an error shown under the control. */
  help?: ReactNode;
  className?: string;
}

/** A visible `<label for>` above its control, with a line of help under it: every input has a name. */
export function LabelledField({ id, label, children, help, className }: LabelledFieldProps) {
  return (
    <div className={className ? `ow-field ${className}` : 'ow-field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      {help}
    </div>
  );
}
