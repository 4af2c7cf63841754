import type { Duration, ProcessStep } from '@onewindow/schemas';
import { InputNumber, Select, Space } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';
import { Field } from './field.tsx';
import { fieldId } from './field-id.ts';
import { AddButton, ListRow } from './list-row.tsx';
import { LocalizedTextInput } from './localized-text-input.tsx';
import { SectionCard } from './section-card.tsx';
import { useDefinitionField, useListField } from './use-definition-field.ts';

const UNITS: readonly Duration['unit'][] = ['workday', 'day', 'hour'];

function StepRow({
  index,
  count,
  onRemove,
  onMove,
}: {
  index: number;
  count: number;
  onRemove(): void;
  onMove(by: -1 | 1): void;
}) {
  const m = useMessages(basicMessages);
  const at = `/process/${index}`;
  const [name, setName] = useDefinitionField<ProcessStep['name']>(`${at}/name`);
  const [description, setDescription] = useDefinitionField<ProcessStep['description']>(`${at}/description`);
  const [duration, setDuration] = useDefinitionField<Duration>(`${at}/duration`);
  const row = m('process.row', { n: index + 1 });
  return (
    <ListRow pointer={at} title={row} index={index} count={count} onRemove={onRemove} onMove={onMove}>
      <LocalizedTextInput
        id={fieldId(`${at}/name`)}
        context={row}
        label={m('process.name')}
        required
        value={name}
        onChange={(next) => setName(next as ProcessStep['name'])}
      />
      <LocalizedTextInput
        id={fieldId(`${at}/description`)}
        context={row}
        label={m('process.description')}
        multiline
        value={description}
        onChange={setDescription}
      />
      <Field context={row} label={m('process.duration')} htmlFor={fieldId(`${at}/duration/amount`)}>
        <Space.Compact>
          <InputNumber<number>
            id={fieldId(`${at}/duration/amount`)}
            min={0}
            max={3650}
            precision={0}
            value={duration?.amount ?? null}
            placeholder={m('process.noDuration')}
            onChange={(amount) =>
              setDuration(amount === null ? undefined : { amount, unit: duration?.unit ?? 'workday' })
            }
          />
          <Select<Duration['unit']>
            id={fieldId(`${at}/duration/unit`)}
            aria-label={`${row} ${m('process.unit')}`}
            value={duration?.unit ?? 'workday'}
            disabled={!duration}
            onChange={(unit) => duration && setDuration({ ...duration, unit })}
            options={UNITS.map((value) => ({ value, label: m(`unit.${value}`) }))}
            style={{ width: 110 }}
          />
        </Space.Compact>
      </Field>
    </ListRow>
  );
}

/** 办理流程 — the steps of handling, in order, each with an optional time limit. */
export function ProcessSection() {
  const m = useMessages(basicMessages);
  const list = useListField<ProcessStep>('/process');
  return (
    <SectionCard pointer="/process" title={m('section.process')}>
      {list.items.length === 0 && <p className="ow-list-empty">{m('process.empty')}</p>}
      {list.items.map((_, index) => (
        <StepRow
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; values come from the store by index
          key={index}
          index={index}
          count={list.items.length}
          onRemove={() => list.remove(index)}
          onMove={(by) => list.move(index, by)}
        />
      ))}
      <AddButton label={m('process.add')} onClick={() => list.add({ name: { 'zh-CN': '' } })} />
    </SectionCard>
  );
}
