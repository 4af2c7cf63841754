import type { CheckResult } from '@onewindow/schemas';
import { type ReactNode, useId, useMemo } from 'react';
import type { FormOutline } from '../form/form-outline.ts';
import { useI18n } from '../i18n/i18n-context.tsx';
import type { ExplainContext } from './explain-condition.ts';
import { FeeList } from './fee-list.tsx';
import { FormErrorList } from './form-error-list.tsx';
import { MaterialList } from './material-list.tsx';
import { OutcomeBadge } from './outcome-badge.tsx';
import { RuleList } from './rule-list.tsx';

export interface CheckPanelProps {
  /** The check to show; null before the first one. */
  result: CheckResult | null;
  /** Labels of the form's fields (see `outlineForm`). */
  outline: FormOutline;
  /** The element id of a field, so a form error can move the focus there. */
  fieldId?: (pointer: string) => string;
  /** Heading text (default 实时审查). */
  title?: string;
  /** A line under the outcome (default: the browser check is advisory). */
  note?: ReactNode;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="ow-check-section">
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/**
 * The live check panel: the outcome (可受理 / 需补正 / 不予受理, colour AND words), reasons for refusal,
 * form problems, every material with required/provided and why, notes, rules with their plain-language
 * explanation, fees and the total. Pure: give it a `CheckResult` (from the engine in the browser, or
 * from the server) and it shows it.
 */
export function CheckPanel({ result, outline, fieldId, title, note }: CheckPanelProps) {
  const { t, text } = useI18n();
  const headingId = useId();
  // From the materials alone, so that a new result with the same materials keeps the rules' context.
  const materials = result?.materials;
  const ctx = useMemo<ExplainContext | null>(() => {
    if (!materials) return null;
    const names = new Map(materials.map((m) => [m.code, text(m.name)]));
    return { t, outline, materialName: (code) => names.get(code) };
  }, [materials, t, text, outline]);

  return (
    <aside aria-labelledby={headingId} className="ow-check-panel">
      <h2 id={headingId} className="ow-check-title">
        {title ?? t('check.title')}
      </h2>
      <div aria-live="polite" className="ow-check-outcome">
        <span className="ow-visually-hidden">
          {t('check.outcome')}
          {t('common.colon')}
        </span>
        {result ? <OutcomeBadge outcome={result.outcome} large /> : <span>{t('outcome.pending')}</span>}
      </div>
      <p className="ow-why">{note ?? t('check.note')}</p>
      {result && ctx && (
        <>
          {result.rejections.length > 0 && (
            <Section title={t('check.rejections')}>
              <ul className="ow-check-list">
                {result.rejections.map((r) => (
                  <li key={r.rule} className="ow-rejection">
                    <div>{text(r.message)}</div>
                    {r.basis && <div className="ow-why">{t('check.basis', { basis: r.basis })}</div>}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section title={t('check.formErrors', { n: result.formErrors.length })}>
            {result.formErrors.length === 0 ? (
              <p className="ow-why">{t('check.noFormErrors')}</p>
            ) : (
              <FormErrorList errors={result.formErrors} outline={outline} fieldId={fieldId} />
            )}
          </Section>
          <Section title={t('check.materials')}>
            <MaterialList materials={result.materials} />
          </Section>
          {result.warnings.length > 0 && (
            <Section title={t('check.warnings')}>
              <ul className="ow-check-list">
                {result.warnings.map((w) => (
                  <li key={w.rule}>
                    <div>{text(w.message)}</div>
                    {w.basis && <div className="ow-why">{t('check.basis', { basis: w.basis })}</div>}
                  </li>
                ))}
              </ul>
            </Section>
          )}
          <Section title={t('check.fees')}>
            <FeeList fees={result.fees} total={result.feeTotal} />
          </Section>
          {result.route && <p>{t('check.route', { to: text(result.route.message) || result.route.to })}</p>}
          <Section title={t('check.rules')}>
            <RuleList rules={result.rules} ctx={ctx} />
          </Section>
          <p className="ow-why ow-small">
            {t('check.definition', { code: result.definition.code, version: result.definition.version })}
          </p>
        </>
      )}
    </aside>
  );
}
