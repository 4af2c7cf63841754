import type { ReactNode } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';

/** A labelled control: the label names the control `htmlFor` points at; help and error below it. */
export function Field({
  label,
  htmlFor,
  required = false,
  help,
  error,
  context,
  children,
}: {
  label: string;
  /** Said before the label to screen readers only, e.g. "依据 2" for a field of the second row. */
  context?: string;
  htmlFor: string;
  required?: boolean;
  help?: string;
  error?: string | null;
  children: ReactNode;
}) {
  const m = useMessages(basicMessages);
  return (
    <div className="ow-field">
      <label htmlFor={htmlFor} className="ow-field-label">
        {context && (
          <>
            <span className="ow-visually-hidden">{context}</span>{' '}
          </>
        )}
        {label}
        {required && (
          <span className="ow-required" aria-hidden="true" title={m('required')}>
            {' *'}
          </span>
        )}
      </label>
      {children}
      {help && <p className="ow-field-help">{help}</p>}
      {error && (
        <p className="ow-field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled group of checkboxes or radios (`role="group"`), focusable for lint click-through. */
export function FieldGroup({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <fieldset className="ow-fieldset ow-field" id={id} tabIndex={-1}>
      <legend className="ow-field-label">{label}</legend>
      {children}
    </fieldset>
  );
}
