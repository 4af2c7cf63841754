import { findFormField } from './find-form-field.ts';
import { forEachCondition } from './for-each-condition.ts';
import { appendPointer, parseFactPath } from './json-pointer.ts';
import type { LintContext } from './lint-context.ts';
import { finding, type LintFinding } from './lint-finding.ts';
import { matchesPatternFinding } from './pattern-findings.ts';
import { isRecord, own } from './read-json.ts';

/** The facts derived from the applicant's resident ID number (see `ApplicantFacts`). */
export const APPLICANT_FACTS = ['birthDate', 'age', 'gender', 'regionCode'] as const;

/** Findings for one fact path (`path` of a leaf or of a fact-reference value), at `pointer`. */
function factPathFindings(ctx: LintContext, fact: unknown, path: unknown, pointer: string): LintFinding[] {
  if (typeof path !== 'string') return [];
  switch (fact) {
    case 'form':
      if (!ctx.formSchema || findFormField(ctx.fields, path)) return [];
      return [
        finding(
          'error',
          'rule-unknown-field',
          pointer,
          `表单中没有字段“${path}”`,
          `The form has no field "${path}"`,
        ),
      ];
    case 'applicant': {
      const segments = parseFactPath(path);
      if (segments.length === 1 && (APPLICANT_FACTS as readonly string[]).includes(segments[0])) return [];
      return [
        finding(
          'error',
          'rule-unknown-field',
          pointer,
          `申请人事实没有“${path}”，只有 ${APPLICANT_FACTS.join('、')}`,
          `The applicant fact has no "${path}"; it has ${APPLICANT_FACTS.join(', ')}`,
        ),
      ];
    }
    case 'materials':
    case 'today':
      return [
        finding(
          'warning',
          'fact-path-unexpected',
          pointer,
          `事实“${fact}”没有路径，路径“${path}”将被忽略`,
          `The "${fact}" fact takes no path; "${path}" is ignored`,
        ),
      ];
    default:
      return [];
  }
}

const EMPTY_LIST_TEXT = {
  all: ['空的 all 列表恒为真', 'An empty "all" list is always true'],
  any: [
    '空的 any 列表在 json-rules-engine 中同样恒为真（不是恒假）',
    'An empty "any" list is also always true in json-rules-engine (not false)',
  ],
} as const;

/**
 * Findings in one rule's conditions:
 * - `rule-unknown-field` (error): a `form` path naming no field of the form schema, an `applicant`
 *   path other than birthDate/age/gender/regionCode — in a leaf or in a fact-reference value;
 * - `fact-path-unexpected` (warning): a path on `materials` or `today`, which have none;
 * - `unsafe-pattern` (error): a `matchesPattern` value that is not a literal, safe regex;
 * - `condition-empty-list` (warning): `all: []` or `any: []`, which json-rules-engine 7 evaluates
 *   as true, so the condition restricts nothing (and a rule made of one always fires).
 */
export function conditionFindings(ctx: LintContext, rule: unknown, rulePointer: string): LintFinding[] {
  const findings: LintFinding[] = [];
  forEachCondition(own(rule, 'conditions'), appendPointer(rulePointer, 'conditions'), (node, at) => {
    for (const key of ['all', 'any'] as const) {
      const list = own(node, key);
      if (Array.isArray(list) && list.length === 0) {
        const [zh, en] = EMPTY_LIST_TEXT[key];
        findings.push(
          finding(
            'warning',
            'condition-empty-list',
            appendPointer(at, key),
            `${zh}，此条件不起限制作用；若为规则的全部条件，规则总会触发`,
            `${en}: this condition restricts nothing, and a rule made of it always fires`,
          ),
        );
      }
    }
    if (!Object.hasOwn(node, 'fact')) return;
    findings.push(...factPathFindings(ctx, own(node, 'fact'), own(node, 'path'), appendPointer(at, 'path')));
    const value = own(node, 'value');
    if (isRecord(value) && Object.hasOwn(value, 'fact')) {
      findings.push(
        ...factPathFindings(ctx, own(value, 'fact'), own(value, 'path'), appendPointer(at, 'value', 'path')),
      );
    }
    if (own(node, 'operator') === 'matchesPattern') {
      const f = matchesPatternFinding(appendPointer(at, 'value'), value);
      if (f) findings.push(f);
    }
  });
  return findings;
}
