import type { ConditionTrace } from '@onewindow/schemas';
import { type FormOutline, fieldName, toPointer } from '../form/form-outline.ts';
import type { MessageKey, Translate } from '../i18n/messages.ts';

/** One sentence of a rule's explanation, with the sentences of its sub-conditions. */
export interface Explanation {
  text: string;
  holds: boolean;
  children: Explanation[];
}

/** What the sentences need: the translator, the form's labels and the materials' names. */
export interface ExplainContext {
  t: Translate;
  outline: FormOutline;
  /** The name of a material code in the current language, or undefined. */
  materialName(code: string): string | undefined;
}

const APPLICANT_FACTS = new Set(['age', 'birthDate', 'gender', 'regionCode']);
const GROUP_TEXT: Record<'all' | 'any' | 'not', MessageKey> = {
  all: 'explain.all',
  any: 'explain.any',
  not: 'explain.not',
};

function factLabel(trace: ConditionTrace, ctx: ExplainContext): string {
  const { t } = ctx;
  switch (trace.fact) {
    case 'form':
      return fieldName(ctx.outline, toPointer(trace.path));
    case 'applicant': {
      const key = trace.path?.replace(/^\//, '');
      return key && APPLICANT_FACTS.has(key)
        ? t(`explain.applicant.${key}` as MessageKey)
        : `${t('explain.fact.applicant')} ${key ?? ''}`.trim();
    }
    case 'materials':
      return t('explain.fact.materials');
    case 'today':
      return t('explain.fact.today');
    default:
      return [trace.fact, trace.path].filter(Boolean).join('.');
  }
}

/** A value as the form shows it: enum display names, 是/否, material names, quoted text. */
function formatValue(value: unknown, trace: ConditionTrace, ctx: ExplainContext): string {
  const { t } = ctx;
  if (Array.isArray(value)) {
    if (value.length === 0) return t('explain.empty');
    return value.map((v) => formatValue(v, trace, ctx)).join(t('explain.separator'));
  }
  if (value === null || value === undefined || value === '') return t('explain.empty');
  if (trace.fact === 'form') {
    const shown = ctx.outline.valueLabel(toPointer(trace.path), value);
    if (shown) return `“${shown}”`;
  }
  if (trace.fact === 'materials' && typeof value === 'string') return `“${ctx.materialName(value) ?? value}”`;
  if (typeof value === 'boolean') return `“${value ? t('explain.true') : t('explain.false')}”`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `“${value}”`;
  return JSON.stringify(value);
}

/**
 * The plain-language explanation of a rule's condition trace, in the translator's language: each
 * leaf becomes "换领原因为“登记项目变更换领”，要求等于“登记项目变更换领”——成立" (fact, actual value,
 * operator, expected value, verdict); `all`/`any`/`not` nodes introduce their children.
 */
export function explainTrace(trace: ConditionTrace, ctx: ExplainContext): Explanation {
  const { t } = ctx;
  const holds = trace.result === true;
  const verdict = holds ? t('explain.holds') : t('explain.fails');
  if (trace.kind === 'all' || trace.kind === 'any' || trace.kind === 'not') {
    return {
      text: t(GROUP_TEXT[trace.kind]),
      holds,
      children: (trace.children ?? []).map((c) => explainTrace(c, ctx)),
    };
  }
  const op = t(`explain.op.${trace.operator}` as MessageKey);
  const params = {
    fact: factLabel(trace, ctx),
    op: op.startsWith('explain.op.') ? String(trace.operator) : op,
    expected: formatValue(trace.expected, trace, ctx),
    verdict,
  };
  const missing = trace.missing === true || trace.actual === undefined;
  return {
    text: missing
      ? t('explain.leafMissing', params)
      : t('explain.leaf', { ...params, actual: formatValue(trace.actual, trace, ctx) }),
    holds,
    children: [],
  };
}
