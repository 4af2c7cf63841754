import { ToneTag, useI18n } from '@onewindow/runtime/app';
import type { Rule } from '@onewindow/schemas';
import { Button } from 'antd';
import { useId } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { testsMessages } from './tests-messages.ts';

/**
 * 规则覆盖: the rules no test fires (behaviour nobody has pinned down), each a warning that opens the
 * rule in the rules tab.
 */
export function CoverageCard({
  rules,
  uncovered,
  onOpenRule,
}: {
  rules: readonly Rule[];
  /** Rule ids no test fired, in definition order. */
  uncovered: readonly string[];
  onOpenRule(index: number): void;
}) {
  const m = useMessages(testsMessages);
  const { text } = useI18n();
  const headingId = useId();
  const index = new Map(rules.map((r, i) => [r.id, i]));
  return (
    <section aria-labelledby={headingId} className="ow-card ow-test-coverage">
      <h3 id={headingId}>{m('tests.coverage')}</h3>
      {rules.length === 0 ? (
        <p className="ow-why">{m('tests.noRules')}</p>
      ) : uncovered.length === 0 ? (
        <p>
          <ToneTag tone="ok">{m('tests.allCovered')}</ToneTag>
        </p>
      ) : (
        <>
          <p>{m('tests.uncovered')}</p>
          <ul className="ow-check-list">
            {uncovered.map((id) => {
              const at = index.get(id);
              const rule = at === undefined ? undefined : rules[at];
              return (
                <li key={id} className="ow-line">
                  <Button
                    size="small"
                    type="text"
                    className="ow-test-uncovered"
                    aria-label={m('tests.uncoveredRule', { rule: id })}
                    disabled={at === undefined}
                    onClick={() => at !== undefined && onOpenRule(at)}
                  >
                    <ToneTag tone="warn">{m('tests.uncoveredRule', { rule: id })}</ToneTag>
                  </Button>
                  {rule && <span className="ow-why">{text(rule.event.params.message)}</span>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
