import { useI18n } from '@onewindow/runtime/app';
import type { LintFinding } from '@onewindow/schemas';
import { Alert } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { jsonMessages } from './json-messages.ts';

const SHOWN = 8;

/** The shared lint's verdict on JSON not yet applied: counts and the first findings with their pointers. */
export function LintSummary({ findings }: { findings: readonly LintFinding[] }) {
  const m = useMessages(jsonMessages);
  const { text } = useI18n();
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (findings.length === 0) {
    return <Alert type="success" showIcon className="ow-gap" role="status" title={m('json.lintClean')} />;
  }
  return (
    <Alert
      type={errors > 0 ? 'error' : 'warning'}
      showIcon
      role="status"
      className="ow-gap"
      title={m('json.lintSummary', { errors, warnings: findings.length - errors })}
      description={
        <>
          <ul className="ow-json-findings">
            {findings.slice(0, SHOWN).map((f) => (
              <li key={`${f.pointer} ${f.code} ${f.message.en}`}>
                <code>{f.pointer || m('json.whole')}</code> {text(f.message)}
              </li>
            ))}
          </ul>
          {findings.length > SHOWN && <p>{m('json.lintMore', { n: findings.length - SHOWN })}</p>}
        </>
      }
    />
  );
}
