import type { ReactNode } from 'react';

/**
 * A control with its label above it (the control carries `id`). Plain markup rather than antd's
 * Form.Item, which measures its own visibility on every render (a forced layout per keystroke).
 */
export function Labeled({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="ow-builder-item">
      <label className="ow-builder-label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}
