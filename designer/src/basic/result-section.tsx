import type { ItemResult } from '@onewindow/schemas';
import { Checkbox, Select } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';
import { Field, FieldGroup } from './field.tsx';
import { fieldId } from './field-id.ts';
import { LocalizedTextInput } from './localized-text-input.tsx';
import { SectionCard } from './section-card.tsx';
import { useDefinitionField } from './use-definition-field.ts';

type ResultKind = NonNullable<ItemResult['kind']>;
type Delivery = NonNullable<ItemResult['delivery']>[number];
const KINDS: readonly ResultKind[] = ['license', 'approval', 'certificate', 'registration', 'other'];
const DELIVERY: readonly Delivery[] = ['counter', 'mail', 'electronic'];

/** 办理结果 — the licence, approval or certificate issued and how it reaches the applicant. */
export function ResultSection() {
  const m = useMessages(basicMessages);
  // Emptying every field removes `result` itself: an item without a result states none.
  const prune = { pruneParent: true };
  const [kind, setKind] = useDefinitionField<ResultKind>('/result/kind', prune);
  const [name, setName] = useDefinitionField<ItemResult['name']>('/result/name', prune);
  const [delivery, setDelivery] = useDefinitionField<Delivery[]>('/result/delivery', prune);
  return (
    <SectionCard pointer="/result" title={m('section.result')}>
      <LocalizedTextInput
        id={fieldId('/result/name')}
        label={m('result.name')}
        value={name}
        onChange={setName}
      />
      <div className="ow-grid">
        <Field label={m('result.kind')} htmlFor={fieldId('/result/kind')}>
          <Select<ResultKind>
            id={fieldId('/result/kind')}
            value={kind}
            allowClear
            onChange={(next) => setKind(next ?? undefined)}
            options={KINDS.map((value) => ({ value, label: m(`result.kind.${value}`) }))}
          />
        </Field>
        <FieldGroup id={fieldId('/result/delivery')} label={m('result.delivery')}>
          <Checkbox.Group<Delivery>
            value={delivery ?? []}
            onChange={(next) => {
              const ordered = DELIVERY.filter((d) => next.includes(d));
              setDelivery(ordered.length > 0 ? ordered : undefined);
            }}
            options={DELIVERY.map((value) => ({ value, label: m(`result.delivery.${value}`) }))}
          />
        </FieldGroup>
      </div>
    </SectionCard>
  );
}
