import { OutcomeBadge, useI18n } from '@onewindow/runtime/app';
import type { ReactNode } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import type { Difference, ExactSet } from './expectation-diff.ts';
import type { Names } from './result-names.ts';
import { testsMessages } from './tests-messages.ts';

interface Row {
  what: ReactNode;
  expected: ReactNode;
  actual: ReactNode;
}

const row3 = (what: ReactNode, expected: ReactNode, actual: ReactNode): Row => ({ what, expected, actual });

const SET_LABEL = {
  missingMaterials: 'diff.missingMaterials',
  formErrors: 'diff.formErrors',
  fees: 'diff.fees',
  warnings: 'diff.warnings',
} as const;

/** Expected against actual, one row per difference, everything named as the form and the item name it. */
export function TestDifferences({
  differences,
  failures,
  names,
}: {
  differences: readonly Difference[];
  /** The engine's own lines, shown only if it found a difference this table cannot name. */
  failures: readonly string[];
  names: Names;
}) {
  const m = useMessages(testsMessages);
  const { t, locale } = useI18n();
  const list = (what: ExactSet, items: readonly string[]) =>
    items.length === 0 ? m('diff.none') : items.map((x) => names.ofSet(what, x)).join('、');
  const route = (to: string | null) => (to === null ? m('diff.noRoute') : to);

  const row = (d: Difference): Row => {
    switch (d.kind) {
      case 'outcome':
        return row3(
          m('diff.outcome'),
          <OutcomeBadge outcome={d.expected} />,
          <OutcomeBadge outcome={d.actual} />,
        );
      case 'unknown-rule':
        return row3(m('diff.rule', { rule: d.rule }), m('diff.exists'), m('diff.noSuchRule'));
      case 'should-fire':
        return row3(names.ruleLine(d.rule), m('diff.shouldFire'), m('diff.didNotFire'));
      case 'should-not-fire':
        return row3(names.ruleLine(d.rule), m('diff.shouldNotFire'), m('diff.fired'));
      case 'set':
        return row3(m(SET_LABEL[d.what]), list(d.what, d.expected), list(d.what, d.actual));
      case 'required-material':
        return row3(
          m('diff.requiredMaterial', { material: names.material(d.material) }),
          m('diff.required'),
          m('diff.notRequired'),
        );
      case 'fee-total':
        return row3(
          m('diff.feeTotal'),
          t('common.yuan', { amount: d.expected }),
          t('common.yuan', { amount: d.actual }),
        );
      case 'route':
        return row3(m('diff.route'), route(d.expected), route(d.actual));
    }
  };

  if (differences.length === 0) {
    // compareExpectation decides; its lines read "中文 / English".
    return (
      <ul className="ow-check-list">
        {failures.map((line) => (
          <li key={line}>{line.split(' / ')[locale === 'en' ? 1 : 0] ?? line}</li>
        ))}
      </ul>
    );
  }
  return (
    <table className="ow-test-diff">
      <thead>
        <tr>
          <th scope="col">{m('diff.item')}</th>
          <th scope="col">{m('diff.expected')}</th>
          <th scope="col">{m('diff.actual')}</th>
        </tr>
      </thead>
      <tbody>
        {differences.map((d) => {
          const { what, expected, actual } = row(d);
          return (
            <tr key={JSON.stringify(d)}>
              <th scope="row">{what}</th>
              <td>{expected}</td>
              <td>{actual}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
