import { Alert, Button, Input } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import type { RuleJsonProblem } from './rule-json.ts';
import { rulesMessages } from './rules-messages.ts';

export interface RuleJsonEditorProps {
  id: string;
  ruleId: string;
  text: string;
  /** The problems of the last apply, or null when it succeeded (or none was tried). */
  problems: readonly RuleJsonProblem[] | null;
  dirty: boolean;
  onText(text: string): void;
  onApply(): void;
  onReset(): void;
}

/**
 * JSON mode for power users: the rule as JSON in a textarea; "应用" validates it against
 * rule.schema.json and replaces the rule only when it is valid, else lists what is wrong and leaves
 * the rule as it was.
 */
export function RuleJsonEditor({
  id,
  ruleId,
  text,
  problems,
  dirty,
  onText,
  onApply,
  onReset,
}: RuleJsonEditorProps) {
  const m = useMessages(rulesMessages);
  return (
    <div className="ow-rule-json">
      <label htmlFor={id}>{m('json.label', { id: ruleId })}</label>
      <Input.TextArea
        id={id}
        className="ow-mono"
        spellCheck={false}
        autoSize={{ minRows: 12, maxRows: 40 }}
        value={text}
        aria-invalid={problems ? true : undefined}
        aria-describedby={`${id}-hint`}
        onChange={(e) => onText(e.target.value)}
      />
      <p id={`${id}-hint`} className="ow-help">
        {m('json.hint')}
      </p>
      {problems && (
        <Alert
          type="error"
          showIcon
          title={m('json.invalid')}
          description={
            <ul className="ow-problems">
              {problems.map((p) => (
                <li key={`${p.pointer} ${p.message}`}>
                  <code>{p.pointer || m('json.whole')}</code> {p.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
      <div className="ow-row-actions">
        <Button type="primary" onClick={onApply} disabled={!dirty && !problems}>
          {m('json.apply')}
        </Button>
        <Button onClick={onReset} disabled={!dirty}>
          {m('json.reset')}
        </Button>
      </div>
    </div>
  );
}
