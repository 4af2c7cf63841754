import type { AppDeps } from '../deps.ts';
import type { DefinitionFinding } from './definition-findings.ts';
import { reviewDefinition } from './definition-findings.ts';
import { getDraft } from './get-draft.ts';

export interface LintReport {
  code: string;
  /** The draft revision that was linted. */
  revision: number;
  findings: DefinitionFinding[];
  errorCount: number;
  warningCount: number;
}

/** Lints the stored draft with the same code as `onewindow lint` (plus the engine's own refusal). */
export async function lintDraft(deps: AppDeps, code: string): Promise<LintReport> {
  const draft = await getDraft(deps, code);
  const { findings, errorCount, warningCount } = reviewDefinition(draft.definition);
  return { code, revision: draft.revision, findings, errorCount, warningCount };
}
