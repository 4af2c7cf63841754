import { useLeaveGuard } from '@onewindow/runtime/app';
import { type LintFinding, lintDefinition, type ServiceItem } from '@onewindow/schemas';
import { Alert, App, Button, Input, Space } from 'antd';
import { useId, useMemo, useRef, useState } from 'react';
import { useEditor, useEditorStore } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { jsonMessages } from './json-messages.ts';
import { type JsonRefusal, readDefinitionText } from './json-problem.ts';
import { JsonRefusalAlert } from './json-refusal-alert.tsx';
import { LintSummary } from './lint-summary.tsx';
import { formatJson, type JsonSyntaxProblem } from './parse-json.ts';
import './json.css';

/**
 * JSON — the whole working copy as editable JSON for power users. "Apply" replaces the definition in
 * one undo step; malformed JSON, a non-object or a changed code is refused with the text kept (and
 * the caret put where the JSON breaks). When the working copy changes elsewhere, says so and offers
 * to reload; leaving with unapplied text asks first.
 */
export function JsonTab() {
  const m = useMessages(jsonMessages);
  const { message } = App.useApp();
  const store = useEditorStore();
  const code = useEditor((s) => s.code);
  const definition = useEditor((s) => s.definition);
  const [base, setBase] = useState<ServiceItem>(definition);
  const baseText = useMemo(() => formatJson(base), [base]);
  const [text, setText] = useState(baseText);
  const [refusal, setRefusal] = useState<JsonRefusal | null>(null);
  const [findings, setFindings] = useState<LintFinding[] | null>(null);
  const area = useRef<HTMLTextAreaElement | null>(null);
  const labelId = useId();
  const helpId = useId();
  const edited = text !== baseText;
  const stale = definition !== base;
  useLeaveGuard(edited, m('json.leave'));

  const load = (next: ServiceItem) => {
    setBase(next);
    setText(formatJson(next));
    setRefusal(null);
    setFindings(null);
  };

  // Puts the caret where the JSON breaks, scrolled into view (browsers do not scroll to a selection).
  const showPlace = ({ offset, line }: JsonSyntaxProblem) => {
    const element = area.current;
    if (offset === null || !element) return;
    element.focus();
    element.setSelectionRange(offset, Math.min(offset + 1, text.length));
    const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight);
    if (line !== null && Number.isFinite(lineHeight))
      element.scrollTop = Math.max(0, (line - 5) * lineHeight);
  };

  const read = () => {
    const result = readDefinitionText(text, code);
    setFindings(null);
    if (result.ok) {
      setRefusal(null);
      return result.definition;
    }
    setRefusal(result.refusal);
    if (result.refusal.kind === 'syntax') showPlace(result.refusal.problem);
    return null;
  };

  const apply = () => {
    const parsed = read();
    if (!parsed) return;
    const current = store.getState().definition;
    if (formatJson(parsed) === formatJson(current)) {
      load(current);
      message.info(m('json.unchanged'));
      return;
    }
    store.edit(() => parsed);
    load(store.getState().definition);
    message.success(m('json.applied'));
  };

  const check = () => {
    const parsed = read();
    if (parsed) setFindings(lintDefinition(parsed));
  };

  return (
    <div className="ow-json">
      {stale && (
        <Alert
          type="warning"
          showIcon
          className="ow-gap"
          title={m('json.stale')}
          description={edited ? m('json.staleEdited') : undefined}
          action={
            <Button size="small" onClick={() => load(store.getState().definition)}>
              {m('json.reload')}
            </Button>
          }
        />
      )}
      <label id={labelId} htmlFor={`${labelId}-text`} className="ow-field-label">
        {m('json.label')}
      </label>
      <p id={helpId} className="ow-json-help">
        {m('json.help')}
      </p>
      {refusal && <JsonRefusalAlert refusal={refusal} />}
      {findings && <LintSummary findings={findings} />}
      <Input.TextArea
        id={`${labelId}-text`}
        ref={(instance) => {
          area.current = instance?.resizableTextArea?.textArea ?? null;
        }}
        className="ow-json-text"
        aria-describedby={helpId}
        aria-invalid={refusal?.kind === 'syntax' || undefined}
        value={text}
        rows={28}
        spellCheck={false}
        autoComplete="off"
        wrap="off"
        onChange={(e) => setText(e.target.value)}
      />
      <Space className="ow-json-actions">
        <Button type="primary" onClick={apply} disabled={!edited}>
          {m('json.apply')}
        </Button>
        <Button onClick={check}>{m('json.check')}</Button>
      </Space>
    </div>
  );
}
