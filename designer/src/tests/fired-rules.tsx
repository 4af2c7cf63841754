import { type ExplainContext, ExplanationView, explainTrace, ToneTag, useI18n } from '@onewindow/runtime/app';
import type { RuleResult } from '@onewindow/schemas';
import { useMessages } from '../i18n/define-messages.ts';
import { testsMessages } from './tests-messages.ts';

const TYPE_TONE = {
  reject: 'bad',
  warn: 'warn',
  'require-material': 'info',
  'waive-material': 'info',
  fee: 'info',
  route: 'info',
} as const;

/** The rules that fired in one test run, each with its message and its plain-language reason. */
export function FiredRules({ rules, ctx }: { rules: readonly RuleResult[]; ctx: ExplainContext }) {
  const m = useMessages(testsMessages);
  const { text } = useI18n();
  const fired = rules.filter((r) => r.fired);
  if (fired.length === 0) return <p className="ow-why">{m('tests.noFiredRules')}</p>;
  return (
    <ul className="ow-check-list">
      {fired.map((rule) => (
        <li key={rule.id} className="ow-rule">
          <div className="ow-line">
            <ToneTag tone={TYPE_TONE[rule.type]}>{rule.id}</ToneTag>
            <span>{text(rule.message)}</span>
          </div>
          <details className="ow-rule-details">
            <summary>{m('tests.why')}</summary>
            <ExplanationView explanation={explainTrace(rule.trace, ctx)} />
          </details>
        </li>
      ))}
    </ul>
  );
}
