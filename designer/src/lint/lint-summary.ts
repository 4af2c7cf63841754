import { type LintFinding, lintDefinition } from '@onewindow/schemas';

/** The lint of one definition object, split by severity. */
export interface LintSummary {
  findings: readonly LintFinding[];
  errors: readonly LintFinding[];
  warnings: readonly LintFinding[];
}

// Definitions are immutable (every edit makes a new object), so a definition object is its own key:
// the lint panel and the publish button linting the same working copy run lint once.
const cache = new WeakMap<object, LintSummary>();

/** `lintDefinition(definition)` split into errors and warnings, once per definition object. */
export function lintSummary(definition: object): LintSummary {
  const known = cache.get(definition);
  if (known) return known;
  const findings = lintDefinition(definition);
  const summary: LintSummary = {
    findings,
    errors: findings.filter((f) => f.severity === 'error'),
    warnings: findings.filter((f) => f.severity === 'warning'),
  };
  cache.set(definition, summary);
  return summary;
}
