import type { Commitments } from '@onewindow/schemas';
import { InputNumber } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';
import { Field } from './field.tsx';
import { fieldId } from './field-id.ts';
import { SectionCard } from './section-card.tsx';
import { useDefinitionField } from './use-definition-field.ts';

/** Each target of commitments.schema.json with its bounds (percentages allow decimals). */
const TARGETS: readonly { key: keyof Commitments; max: number; integer: boolean; min: number }[] = [
  { key: 'statutoryOnTimeRate', min: 0, max: 100, integer: false },
  { key: 'onTimeRate', min: 0, max: 100, integer: false },
  { key: 'satisfactionRate', min: 0, max: 100, integer: false },
  { key: 'complaintResponseHours', min: 1, max: 720, integer: true },
  { key: 'maxVisits', min: 0, max: 10, integer: true },
];

function TargetInput({ target }: { target: (typeof TARGETS)[number] }) {
  const m = useMessages(basicMessages);
  const pointer = `/commitments/${target.key}`;
  // The last target cleared removes `commitments`: no promise is stated.
  const [value, setValue] = useDefinitionField<number>(pointer, { pruneParent: true });
  return (
    <Field label={m(`commitments.${target.key}`)} htmlFor={fieldId(pointer)}>
      <InputNumber<number>
        id={fieldId(pointer)}
        min={target.min}
        max={target.max}
        precision={target.integer ? 0 : undefined}
        value={value ?? null}
        onChange={(next) => setValue(next ?? undefined)}
        style={{ width: '100%' }}
      />
    </Field>
  );
}

/** 服务承诺 — the KPI targets this item promises (on-time rates, satisfaction, complaint response, visits). */
export function CommitmentsSection() {
  const m = useMessages(basicMessages);
  return (
    <SectionCard pointer="/commitments" title={m('section.commitments')}>
      <p className="ow-field-help">{m('commitments.intro')}</p>
      <div className="ow-grid">
        {TARGETS.map((target) => (
          <TargetInput key={target.key} target={target} />
        ))}
      </div>
    </SectionCard>
  );
}
