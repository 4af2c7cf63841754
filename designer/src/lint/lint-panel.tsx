import { CloseCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useI18n } from '@onewindow/runtime/app';
import type { LintFinding } from '@onewindow/schemas';
import { useId } from 'react';
import { useEditorStore } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { lintMessages } from './lint-messages.ts';
import { useLint } from './use-lint.ts';
import './lint-panel.css';

function FindingGroup({
  title,
  findings,
  severity,
}: {
  title: string;
  findings: readonly LintFinding[];
  severity: LintFinding['severity'];
}) {
  const store = useEditorStore();
  const { text } = useI18n();
  const m = useMessages(lintMessages);
  const headingId = useId();
  if (findings.length === 0) return null;
  const goTo = (pointer: string) => {
    // Cleared first, so clicking the same finding again reveals it again.
    store.setFocus(null);
    store.setFocus(pointer);
  };
  return (
    <section aria-labelledby={headingId} className={`ow-lint-group ow-lint-${severity}`}>
      <h3 id={headingId}>
        <span aria-hidden="true" className="ow-lint-icon">
          {severity === 'error' ? <CloseCircleOutlined /> : <WarningOutlined />}
        </span>
        {title}
      </h3>
      <ul>
        {findings.map((f) => (
          <li key={`${f.pointer} ${f.code} ${f.message.en}`}>
            <button type="button" className="ow-lint-finding" onClick={() => goTo(f.pointer)}>
              <span className="ow-lint-message">{text(f.message)}</span>
              <span className="ow-lint-where">
                <code>{f.pointer || m('lint.whole')}</code>
                <span className="ow-lint-go">{m('lint.goTo')} ›</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * 检查结果 — the shared lint of the working copy, live (after edits pause), errors then warnings,
 * each clicking through to the tab and place it names (`store.setFocus`).
 */
export function LintPanel() {
  const m = useMessages(lintMessages);
  const { errors, warnings } = useLint();
  const headingId = useId();
  const clean = errors.length === 0 && warnings.length === 0;
  return (
    <section aria-labelledby={headingId} className="ow-lint">
      <h2 id={headingId} className="ow-lint-title">
        {m('lint.title')}
      </h2>
      <p aria-live="polite" className="ow-lint-summary">
        {clean ? m('lint.none') : m('lint.summary', { errors: errors.length, warnings: warnings.length })}
      </p>
      {errors.length > 0 && <p className="ow-why">{m('lint.errorsBlock')}</p>}
      <div className="ow-lint-list">
        <FindingGroup title={m('lint.errors', { n: errors.length })} findings={errors} severity="error" />
        <FindingGroup
          title={m('lint.warnings', { n: warnings.length })}
          findings={warnings}
          severity="warning"
        />
      </div>
    </section>
  );
}
