import { memo, type ReactNode } from 'react';

/**
 * Renders its children again only when `signature` changes: a part of the properties panel keyed by
 * the values it shows (as a string), so typing a label does not render the twenty other controls.
 * The children's handlers must not close over anything the signature leaves out (they edit by the
 * field's pointer, on the latest form).
 */
export const Stable = memo(
  function Stable({ children }: { signature: string; children: ReactNode }) {
    return children;
  },
  (before, after) => before.signature === after.signature,
);
