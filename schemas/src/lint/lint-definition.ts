import { applicantFindings } from './applicant-findings.ts';
import { conditionFindings } from './condition-findings.ts';
import { duplicateFindings } from './duplicate-findings.ts';
import { eventFindings } from './event-findings.ts';
import { formSchemaFindings } from './form-schema-findings.ts';
import { appendPointer } from './json-pointer.ts';
import { createLintContext } from './lint-context.ts';
import { compareFindings, finding, type LintFinding } from './lint-finding.ts';
import { materialFindings } from './material-findings.ts';
import { formPatternFindings } from './pattern-findings.ts';
import { objectAt } from './read-json.ts';
import { schemaFindings } from './schema-findings.ts';
import { testFindings } from './test-findings.ts';
import { timeLimitFindings } from './time-limit-findings.ts';

/** Each check guards its own reads; this guard is for the bug nobody has found yet. */
function safely(check: string, run: () => LintFinding[]): LintFinding[] {
  try {
    return run();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [
      finding(
        'error',
        'lint-internal-error',
        '',
        `检查“${check}”出错：${detail}`,
        `Check "${check}" failed: ${detail}`,
      ),
    ];
  }
}

function uniqueSorted(findings: LintFinding[]): LintFinding[] {
  const seen = new Set<string>();
  return findings.sort(compareFindings).filter((f) => {
    const key = JSON.stringify([f.pointer, f.code, f.severity, f.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Lints a service-item definition: where it breaks `service-item.schema.json` (`schema-invalid`),
 * where its form schema breaks draft-07 or does not compile, and what the schema cannot see —
 * rules naming unknown fields, materials, fees; unsafe regexes; duplicate codes; promised limits
 * beyond statutory ones; untranslated messages; tests expecting what does not exist. Semantic checks
 * run even when the schema fails, on whatever parts are readable.
 *
 * Never throws, for any input (`null`, `42`, `[]`, garbage): findings are data, sorted by pointer
 * then code, duplicates removed. Publishing requires `hasErrors(findings) === false`.
 */
export function lintDefinition(definition: unknown): LintFinding[] {
  const ctx = createLintContext(definition);
  const formSchemaPointer = '/form/schema';
  const formSchema = objectAt(objectAt(ctx.definition, 'form'), 'schema');
  return uniqueSorted([
    ...safely('schema', () => schemaFindings(definition)),
    ...safely('form-schema', () => formSchemaFindings(formSchema, formSchemaPointer)),
    ...safely('form-patterns', () => formPatternFindings(formSchema, formSchemaPointer)),
    ...safely('rules', () =>
      ctx.rules.flatMap(([index, rule]) => {
        const pointer = appendPointer('/rules', index);
        return [...conditionFindings(ctx, rule, pointer), ...eventFindings(ctx, rule, pointer)];
      }),
    ),
    ...safely('materials', () => materialFindings(ctx)),
    ...safely('duplicates', () => duplicateFindings(ctx.definition)),
    ...safely('time-limits', () => timeLimitFindings(ctx.definition)),
    ...safely('applicant', () => applicantFindings(ctx)),
    ...safely('tests', () => testFindings(ctx)),
  ]);
}
