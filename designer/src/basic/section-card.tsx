import type { ReactNode } from 'react';
import { fieldId } from './field-id.ts';

/** One part of the definition as a titled card; its id is the part's pointer so lint can land on it. */
export function SectionCard({
  pointer,
  title,
  children,
}: {
  pointer: string;
  title: string;
  children: ReactNode;
}) {
  const id = fieldId(pointer);
  return (
    <section className="ow-card" id={id} tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
