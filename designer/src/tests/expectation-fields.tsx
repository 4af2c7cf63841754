import { useI18n } from '@onewindow/runtime/app';
import type { ItemTestExpectation, Outcome } from '@onewindow/schemas';
import { Checkbox, InputNumber, Radio, Select } from 'antd';
import { type ReactNode, useId } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import type { Choice, ExpectationChoices } from './expectation-options.ts';
import { testsMessages } from './tests-messages.ts';

type Expect = ItemTestExpectation;
type ListKey =
  | 'fired'
  | 'notFired'
  | 'requiredMaterials'
  | 'missingMaterials'
  | 'formErrors'
  | 'fees'
  | 'warnings';

const OUTCOMES: readonly Outcome[] = ['accept', 'incomplete', 'reject'];
/** The route select's stand-in for `null` (no route). */
const NO_ROUTE = '';

function ChoiceSelect({
  id,
  choices,
  value,
  onChange,
  tags,
}: {
  id: string;
  choices: readonly Choice[];
  value: readonly string[];
  onChange(value: string[]): void;
  /** Also accept values that are not among the choices (form error pointers). */
  tags?: boolean;
}) {
  return (
    <Select<string[], Choice>
      id={id}
      mode={tags ? 'tags' : 'multiple'}
      allowClear
      className="ow-test-select"
      value={[...value]}
      options={[...choices]}
      optionFilterProp="label"
      optionRender={(option) => (
        <span>
          {option.data.label}
          {option.data.title && option.data.title !== option.data.label && (
            <span className="ow-why"> {option.data.title}</span>
          )}
        </span>
      )}
      onChange={onChange}
    />
  );
}

/** A labelled input with a hint under it. */
function Field({
  id,
  label,
  hint,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  children: ReactNode;
}) {
  return (
    <div className="ow-test-field">
      <label htmlFor={id} className="ow-test-label">
        {label}
      </label>
      {children}
      {hint && <div className="ow-why">{hint}</div>}
    </div>
  );
}

/**
 * The expected result of a test, as item-test.schema.json allows it: the outcome; rules that must
 * and must not fire and materials that must be required (subset checks); and, each behind a tick,
 * the exact missing materials, form error fields, fees, fee total, warnings and route.
 */
export function ExpectationFields({
  expect,
  choices,
  onChange,
}: {
  expect: Expect;
  choices: ExpectationChoices;
  onChange(next: Expect): void;
}) {
  const m = useMessages(testsMessages);
  const { t } = useI18n();
  const id = useId();
  const set = <K extends keyof Expect>(key: K, value: Expect[K] | undefined) => {
    const next = { ...expect };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };

  const subset = (key: ListKey, label: string, options: readonly Choice[]) => (
    <Field id={`${id}-${key}`} label={label}>
      <ChoiceSelect
        id={`${id}-${key}`}
        choices={options}
        value={expect[key] ?? []}
        onChange={(v) => set(key, v)}
      />
    </Field>
  );
  const exact = (key: keyof Expect, toggle: string, control: ReactNode, initial: Expect[keyof Expect]) => (
    <div className="ow-test-exact">
      <Checkbox
        checked={expect[key] !== undefined}
        onChange={(e) => set(key, e.target.checked ? initial : undefined)}
      >
        {toggle}
      </Checkbox>
      {expect[key] !== undefined && control}
    </div>
  );
  const exactList = (key: ListKey, toggle: string, label: string, options: readonly Choice[], tags = false) =>
    exact(
      key,
      toggle,
      <Field id={`${id}-${key}`} label={label}>
        <ChoiceSelect
          id={`${id}-${key}`}
          choices={options}
          value={expect[key] ?? []}
          onChange={(v) => set(key, v)}
          tags={tags}
        />
      </Field>,
      [],
    );

  return (
    <div className="ow-test-expect">
      <fieldset className="ow-fieldset">
        <legend className="ow-test-label">{m('editor.outcome')}</legend>
        <Radio.Group
          value={expect.outcome}
          onChange={(e) => set('outcome', e.target.value as Outcome)}
          options={OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        />
      </fieldset>
      <p className="ow-why">{m('editor.subsetHint')}</p>
      {subset('fired', m('editor.fired'), choices.rules)}
      {subset('notFired', m('editor.notFired'), choices.rules)}
      {subset('requiredMaterials', m('editor.requiredMaterials'), choices.materials)}
      <p className="ow-why">{m('editor.exactHint')}</p>
      {exactList(
        'missingMaterials',
        m('editor.checkMissing'),
        m('editor.missingMaterials'),
        choices.materials,
      )}
      {exactList('formErrors', m('editor.checkFormErrors'), m('editor.formErrors'), choices.fields, true)}
      {exactList('fees', m('editor.checkFees'), m('editor.fees'), choices.fees)}
      {exact(
        'feeTotal',
        m('editor.checkFeeTotal'),
        <Field id={`${id}-feeTotal`} label={m('editor.feeTotal')}>
          <InputNumber
            id={`${id}-feeTotal`}
            min={0}
            step={1}
            value={expect.feeTotal}
            onChange={(v) => set('feeTotal', typeof v === 'number' ? v : 0)}
          />
        </Field>,
        0,
      )}
      {exactList('warnings', m('editor.checkWarnings'), m('editor.warnings'), choices.warnRules)}
      {exact(
        'route',
        m('editor.checkRoute'),
        <Field id={`${id}-route`} label={m('editor.route')}>
          <Select<string>
            id={`${id}-route`}
            className="ow-test-select"
            value={expect.route ?? NO_ROUTE}
            options={[{ value: NO_ROUTE, label: m('editor.noRoute') }, ...choices.routes]}
            onChange={(v) => set('route', v === NO_ROUTE ? null : v)}
          />
        </Field>,
        null,
      )}
    </div>
  );
}
