import { Alert } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { jsonMessages } from './json-messages.ts';
import type { JsonRefusal } from './json-problem.ts';

/** Why the JSON was not applied, in words; a syntax error names its line and column. */
export function JsonRefusalAlert({ refusal }: { refusal: JsonRefusal }) {
  const m = useMessages(jsonMessages);
  if (refusal.kind === 'syntax') {
    const { line, column, detail } = refusal.problem;
    const where = line === null ? m('json.syntaxNoPlace') : m('json.syntax', { line, column: column ?? 1 });
    return (
      <Alert
        type="error"
        showIcon
        role="alert"
        className="ow-gap"
        title={`${where}${m('json.syntaxKept')}`}
        description={<code className="ow-json-detail">{detail}</code>}
      />
    );
  }
  const text = refusal.kind === 'not-object' ? m('json.notObject') : m('json.codeChanged', refusal);
  return <Alert type="error" showIcon role="alert" className="ow-gap" title={text} />;
}
