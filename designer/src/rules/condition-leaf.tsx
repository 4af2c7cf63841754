import { useI18n } from '@onewindow/runtime/app';
import type { ConditionLeaf, NestedCondition, OperatorName } from '@onewindow/schemas';
import { Button, Select } from 'antd';
import { useMemo } from 'react';
import { useMessages } from '../i18n/define-messages.ts';
import { useBuilder } from './builder-context.ts';
import { type FactChoice, factKey } from './fact-choices.ts';
import {
  isFactReference,
  leafWithFact,
  leafWithOperator,
  operatorsFor,
  valueShapeOf,
} from './operator-choices.ts';
import { rulesMessages } from './rules-messages.ts';
import { anchorId } from './use-owned-focus.ts';
import { ValueInput } from './value-input.tsx';

export interface ConditionLeafProps {
  leaf: ConditionLeaf;
  pointer: string;
  /** Its number in the tree ("2.1"), in every control's accessible name. */
  number: string;
  onChange(next: NestedCondition, coalesce?: string): void;
  onRemove(): void;
}

const GROUPS = ['form', 'applicant', 'other'] as const;
const LITERAL = '';

/** Values another fact can supply: dates (审查日期, other date fields) and numbers (other number fields). */
function referenceChoices(choices: readonly FactChoice[], own: FactChoice | undefined): FactChoice[] {
  if (own?.kind !== 'date' && own?.kind !== 'number') return [];
  return choices.filter((c) => c.kind === own.kind && c.key !== own.key && !c.options);
}

/** One condition: fact picker, operator typed to the fact, value typed to both. */
export function ConditionLeafEditor({ leaf, pointer, number, onChange, onRemove }: ConditionLeafProps) {
  const m = useMessages(rulesMessages);
  const { t } = useI18n();
  const { choices, choiceOf, highlight } = useBuilder();
  const name = m('leaf.name', { n: number });
  const choice = choiceOf(leaf.fact, leaf.path);
  const opName = (op: OperatorName) => t(`explain.op.${op}`);

  const factOptions = useMemo(() => {
    const counts = new Map<string, number>();
    for (const c of choices) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
    const groups = GROUPS.map((group) => ({
      label: m(`facts.${group}`),
      options: choices
        .filter((c) => c.group === group)
        .map((c) => ({
          value: c.key,
          label: (counts.get(c.label) ?? 0) > 1 && c.path ? `${c.label}（${c.path}）` : c.label,
        })),
    })).filter((g) => g.options.length > 0);
    return groups;
  }, [choices, m]);
  const unknownFact = choice
    ? []
    : [{ value: factKey(leaf.fact, leaf.path), label: m('fact.unknown', { path: leaf.path ?? leaf.fact }) }];

  const operators = operatorsFor(choice);
  const operatorOptions = operators.map((op) => ({ value: op, label: opName(op) }));
  if (!operators.includes(leaf.operator)) {
    operatorOptions.push({ value: leaf.operator, label: m('op.unsuited', { op: opName(leaf.operator) }) });
  }

  const references = valueShapeOf(leaf.operator) === 'single' ? referenceChoices(choices, choice) : [];
  const reference = isFactReference(leaf.value) ? factKey(leaf.value.fact, leaf.value.path) : LITERAL;
  if (reference !== LITERAL && !references.some((c) => c.key === reference)) {
    const target = choices.find((c) => c.key === reference);
    references.push(
      target ?? { key: reference, fact: 'form', label: reference, group: 'other', kind: 'string' },
    );
  }
  const setSource = (key: string) => {
    if (key === LITERAL) onChange({ ...leaf, value: choice?.kind === 'number' ? 0 : '' });
    else {
      const target = choices.find((c) => c.key === key);
      if (target)
        onChange({
          ...leaf,
          value: target.path ? { fact: target.fact, path: target.path } : { fact: target.fact },
        });
    }
  };

  const highlighted = highlight !== null && (highlight === pointer || highlight.startsWith(`${pointer}/`));
  return (
    <div
      id={anchorId(pointer)}
      tabIndex={-1}
      className={`ow-cond-leaf${highlighted ? ' ow-highlight' : ''}`}
      data-pointer={pointer}
    >
      <span className="ow-cond-number" aria-hidden>
        {number}
      </span>
      <Select
        id={anchorId(`${pointer}/fact`)}
        aria-label={m('leaf.fact', { leaf: name })}
        className="ow-cond-fact"
        showSearch={{ optionFilterProp: 'label' }}
        status={choice ? undefined : 'error'}
        value={factKey(leaf.fact, leaf.path)}
        options={[...unknownFact, ...factOptions]}
        onChange={(key: string) => {
          const next = choices.find((c) => c.key === key);
          if (next) onChange(leafWithFact(leaf, next));
        }}
      />
      <Select
        id={anchorId(`${pointer}/operator`)}
        aria-label={m('leaf.operator', { leaf: name })}
        className="ow-cond-operator"
        status={operators.includes(leaf.operator) ? undefined : 'warning'}
        value={leaf.operator}
        options={operatorOptions}
        onChange={(op: OperatorName) => onChange(leafWithOperator(leaf, op, choice))}
      />
      {references.length > 0 && (
        <Select
          id={anchorId(`${pointer}/value/fact`)}
          aria-label={m('leaf.source', { leaf: name })}
          className="ow-cond-source"
          value={reference}
          options={[
            { value: LITERAL, label: m('value.literal') },
            ...references.map((c) => ({ value: c.key, label: c.label })),
          ]}
          onChange={setSource}
        />
      )}
      {reference === LITERAL && (
        <ValueInput
          id={anchorId(`${pointer}/value`)}
          label={m('leaf.value', { leaf: name })}
          operator={leaf.operator}
          choice={choice}
          value={leaf.value}
          onChange={(value, typing) => onChange({ ...leaf, value }, typing ? `${pointer}/value` : undefined)}
        />
      )}
      <Button size="small" onClick={onRemove} aria-label={m('leaf.remove', { leaf: name })}>
        {m('leaf.removeButton')}
      </Button>
      {!choice && <span className="ow-field-error">{m('fact.unknownHelp')}</span>}
    </div>
  );
}
