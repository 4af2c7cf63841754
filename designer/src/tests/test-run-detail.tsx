import { type FormOutline, OutcomeBadge, useI18n } from '@onewindow/runtime/app';
import type { CompiledItem } from '@onewindow/runtime/engine';
import { Alert } from 'antd';
import { useMemo } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { FiredRules } from './fired-rules.tsx';
import { resultNames } from './result-names.ts';
import type { TestRun } from './run-tests.ts';
import { TestDifferences } from './test-differences.tsx';
import { testsMessages } from './tests-messages.ts';

/**
 * What one test run found: the actual outcome, the differences from the expectation (when it failed)
 * and the rules that fired, each with its plain-language reason.
 */
export function TestRunDetail({
  run,
  compiled,
  outline,
}: {
  run: TestRun;
  compiled: CompiledItem;
  outline: FormOutline;
}) {
  const m = useMessages(testsMessages);
  const { t, text } = useI18n();
  const result = run.status === 'error' ? null : run.result;
  const names = useMemo(
    () => (result ? resultNames(compiled, result, outline, { t, text }) : null),
    [compiled, result, outline, t, text],
  );
  if (run.status === 'error') {
    return <Alert type="error" showIcon title={m('tests.runError', { detail: run.message })} />;
  }
  if (!names) return null;
  return (
    <div className="ow-test-detail">
      <p className="ow-line">
        <span>{m('tests.actualOutcome')}：</span>
        <OutcomeBadge outcome={run.result.outcome} />
      </p>
      {run.status === 'fail' && (
        <section className="ow-test-section">
          <h3>{m('tests.differences')}</h3>
          <TestDifferences differences={run.differences} failures={run.failures} names={names} />
        </section>
      )}
      <section className="ow-test-section">
        <h3>{m('tests.firedRules', { n: run.result.rules.filter((r) => r.fired).length })}</h3>
        <FiredRules rules={run.result.rules} ctx={names.explain} />
      </section>
    </div>
  );
}
