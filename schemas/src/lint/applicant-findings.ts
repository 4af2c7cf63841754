import { findFormField } from './find-form-field.ts';
import { forEachCondition } from './for-each-condition.ts';
import { appendPointer } from './json-pointer.ts';
import type { LintContext } from './lint-context.ts';
import { finding, type LintFinding } from './lint-finding.ts';
import { isRecord, own, stringAt } from './read-json.ts';

/** Pointers of every `"fact": "applicant"` in the rules, in leaves and in fact-reference values. */
function applicantFactPointers(ctx: LintContext): string[] {
  const pointers: string[] = [];
  for (const [index, rule] of ctx.rules) {
    forEachCondition(own(rule, 'conditions'), appendPointer('/rules', index, 'conditions'), (node, at) => {
      if (own(node, 'fact') === 'applicant') pointers.push(appendPointer(at, 'fact'));
      const value = own(node, 'value');
      if (isRecord(value) && own(value, 'fact') === 'applicant')
        pointers.push(appendPointer(at, 'value', 'fact'));
    });
  }
  return pointers;
}

/**
 * Where the `applicant` facts come from:
 * - `applicant-id-field-unknown` (error): `applicantIdField` names no field of the form;
 * - `applicant-facts-unavailable` (warning): rules use `applicant` facts, but there is neither an
 *   `applicantIdField` nor a `cn-id-card` field to derive them from, so they are always missing.
 */
export function applicantFindings(ctx: LintContext): LintFinding[] {
  if (!ctx.formSchema) return [];
  const idField = stringAt(ctx.definition, 'applicantIdField');
  if (idField !== undefined) {
    if (findFormField(ctx.fields, idField)) return [];
    return [
      finding(
        'error',
        'applicant-id-field-unknown',
        '/applicantIdField',
        `表单中没有字段“${idField}”`,
        `The form has no field "${idField}"`,
      ),
    ];
  }
  if (ctx.fields.some((f) => f.schema.format === 'cn-id-card')) return [];
  return applicantFactPointers(ctx).map((pointer) =>
    finding(
      'warning',
      'applicant-facts-unavailable',
      pointer,
      '表单没有身份证号字段（cn-id-card 格式或 applicantIdField），申请人事实将始终缺失',
      'The form has no resident ID field (cn-id-card format or applicantIdField), so applicant facts are always missing',
    ),
  );
}
