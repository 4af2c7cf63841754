import type { ServiceItem } from '@onewindow/schemas';
import { useMemo } from 'react';
import { type LintSummary, lintSummary } from './lint-summary.ts';
import { useSettledDefinition } from './use-settled-definition.ts';

/** The live lint of the working copy, and the definition it is about. */
export interface LiveLint extends LintSummary {
  definition: ServiceItem;
}

export const LINT_DELAY_MS = 300;

/** Lints the working copy once edits pause for `delayMs` (the shared lint the server runs on publish). */
export function useLint(delayMs = LINT_DELAY_MS): LiveLint {
  const definition = useSettledDefinition(delayMs);
  return useMemo(() => ({ ...lintSummary(definition), definition }), [definition]);
}
