import { useI18n } from '@onewindow/runtime/app';
import type { Handling } from '@onewindow/schemas';
import { Checkbox, InputNumber, Radio, Select } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';
import { Field, FieldGroup } from './field.tsx';
import { fieldId } from './field-id.ts';
import { LocalizedTextInput } from './localized-text-input.tsx';
import { PhonesList } from './phones-list.tsx';
import { SectionCard } from './section-card.tsx';
import { useDefinitionField } from './use-definition-field.ts';

type Channel = NonNullable<Handling['channels']>[number];
const CHANNELS: readonly Channel[] = ['counter', 'online', 'mobile', 'mail', 'self-service'];
const DEPTHS = [0, 1, 2, 3, 4] as const;

/** 办理方式 — 即办件/承诺件, channels, online depth, on-site visits, place, hours and phone numbers. */
export function HandlingSection() {
  const m = useMessages(basicMessages);
  const { t } = useI18n();
  const [kind, setKind] = useDefinitionField<Handling['kind']>('/handling/kind');
  const [channels, setChannels] = useDefinitionField<Channel[]>('/handling/channels');
  const [depth, setDepth] = useDefinitionField<number>('/handling/onlineDepth');
  const [visits, setVisits] = useDefinitionField<number>('/handling/maxVisits');
  const [place, setPlace] = useDefinitionField<Handling['place']>('/handling/place');
  const [hours, setHours] = useDefinitionField<Handling['hours']>('/handling/hours');
  return (
    <SectionCard pointer="/handling" title={m('section.handling')}>
      <FieldGroup id={fieldId('/handling/kind')} label={m('handling.kind')}>
        <Radio.Group
          value={kind}
          onChange={(e) => setKind(e.target.value as Handling['kind'])}
          options={[
            { value: 'immediate', label: m('handling.kind.immediate') },
            { value: 'commitment', label: m('handling.kind.commitment') },
          ]}
        />
        <p className="ow-field-help">{m('handling.kindHelp')}</p>
      </FieldGroup>
      <FieldGroup id={fieldId('/handling/channels')} label={m('handling.channels')}>
        <Checkbox.Group<Channel>
          value={channels ?? []}
          onChange={(next) => setChannels(CHANNELS.filter((c) => next.includes(c)))}
          options={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
        />
      </FieldGroup>
      <div className="ow-grid">
        <Field label={m('handling.onlineDepth')} htmlFor={fieldId('/handling/onlineDepth')}>
          <Select<number>
            id={fieldId('/handling/onlineDepth')}
            value={depth}
            allowClear
            onChange={(next) => setDepth(next ?? undefined)}
            options={DEPTHS.map((value) => ({ value, label: `${value} · ${t(`depth.${value}`)}` }))}
          />
        </Field>
        <Field label={m('handling.maxVisits')} htmlFor={fieldId('/handling/maxVisits')}>
          <InputNumber<number>
            id={fieldId('/handling/maxVisits')}
            min={0}
            max={10}
            precision={0}
            value={visits ?? null}
            onChange={(next) => setVisits(next ?? undefined)}
            style={{ width: '100%' }}
          />
        </Field>
      </div>
      <LocalizedTextInput
        id={fieldId('/handling/place')}
        label={m('handling.place')}
        value={place}
        onChange={setPlace}
      />
      <LocalizedTextInput
        id={fieldId('/handling/hours')}
        label={m('handling.hours')}
        value={hours}
        onChange={setHours}
      />
      <PhonesList />
    </SectionCard>
  );
}
