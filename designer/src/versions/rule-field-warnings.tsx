import { Alert } from 'antd';
import type { VersionDiff } from '../api/designer-api-types.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { versionsMessages } from './versions-messages.ts';

/**
 * The prominent warning of a diff: a field a rule reads was removed or renamed (the rule may no longer
 * judge what it was written to judge). Nothing when no rule is affected.
 */
export function RuleFieldWarnings({ changes }: { changes: VersionDiff['ruleFieldChanges'] }) {
  const m = useMessages(versionsMessages);
  if (changes.length === 0) return null;
  const broken = changes.some((c) => c.stillReferenced);
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      className="ow-gap ow-rule-field-warning"
      title={m('diff.ruleFields')}
      description={
        <>
          <ul>
            {changes.map((c) => (
              <li key={`${c.rule} ${c.at}`}>
                {c.change === 'renamed'
                  ? m('diff.ruleFieldRenamed', { rule: c.rule, field: c.field, to: c.renamedTo ?? '' })
                  : m('diff.ruleFieldRemoved', { rule: c.rule, field: c.field })}
                {c.stillReferenced && <div>{m('diff.stillReferenced')}</div>}
              </li>
            ))}
          </ul>
          {broken && <p>{m('diff.updateRule')}</p>}
        </>
      }
    />
  );
}
