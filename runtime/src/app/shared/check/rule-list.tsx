import type { RuleResult } from '@onewindow/schemas';
import { Switch } from 'antd';
import { memo, useId, useState } from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { type ExplainContext, explainTrace } from './explain-condition.ts';
import { ExplanationView } from './explanation-view.tsx';
import { ToneTag } from './tone-tag.tsx';

const TYPE_TONE = {
  reject: 'bad',
  warn: 'warn',
  'require-material': 'info',
  'waive-material': 'info',
  fee: 'info',
  route: 'info',
} as const;

/** One rule: whether it holds, its message and legal basis, and the sentence-by-sentence reason. */
const RuleRow = memo(function RuleRow({ rule, ctx }: { rule: RuleResult; ctx: ExplainContext }) {
  const { t, text } = useI18n();
  return (
    <li className="ow-rule">
      <div className="ow-line">
        <ToneTag tone={rule.fired ? TYPE_TONE[rule.type] : 'neutral'}>
          {rule.fired ? t('check.fired') : t('check.notFired')}
        </ToneTag>
        <span>{text(rule.message)}</span>
      </div>
      {rule.basis && <div className="ow-why">{t('check.basis', { basis: rule.basis })}</div>}
      <details className="ow-rule-details" open={rule.fired && rule.type === 'reject'}>
        <summary>
          {t('check.why')} <code className="ow-rule-id">{rule.id}</code>
        </summary>
        <ExplanationView explanation={explainTrace(rule.trace, ctx)} />
      </details>
    </li>
  );
});

/** How many rules fired, and the switch that shows the others too (unchanged by most keystrokes). */
const RulesToolbar = memo(function RulesToolbar({
  fired,
  total,
  all,
  onAll,
}: {
  fired: number;
  total: number;
  all: boolean;
  onAll(all: boolean): void;
}) {
  const { t } = useI18n();
  const switchId = useId();
  return (
    <div className="ow-line ow-rule-toolbar">
      <span>{t('check.rulesFired', { n: fired, total })}</span>
      <span className="ow-line">
        <Switch id={switchId} size="small" checked={all} onChange={onAll} />
        <label htmlFor={switchId}>{t('check.showAllRules')}</label>
      </span>
    </div>
  );
});

/**
 * The rules of a check: those that fired, and on request those that did not, each explained.
 * Memoised, row by row: a keystroke changes the trace of the few rules that read the field.
 */
export const RuleList = memo(function RuleList({
  rules,
  ctx,
}: {
  rules: readonly RuleResult[];
  ctx: ExplainContext;
}) {
  const [all, setAll] = useState(false);
  const fired = rules.filter((r) => r.fired);
  const shown = all ? rules : fired;
  return (
    <>
      <RulesToolbar fired={fired.length} total={rules.length} all={all} onAll={setAll} />
      <ul className="ow-check-list">
        {shown.map((rule) => (
          <RuleRow key={rule.id} rule={rule} ctx={ctx} />
        ))}
      </ul>
    </>
  );
});
