import { useI18n } from '@onewindow/runtime/app';
import type { ServiceItem } from '@onewindow/schemas';
import { Checkbox, Input, Select } from 'antd';
import { useEditor } from '../editor/editor-context.tsx';
import { useMessages } from '../i18n/define-messages.ts';
import { ITEM_TYPES } from '../items/example-choices.ts';
import { basicMessages } from './basic-messages.ts';
import { Field, FieldGroup } from './field.tsx';
import { fieldId } from './field-id.ts';
import { LocalizedTextInput } from './localized-text-input.tsx';
import { SectionCard } from './section-card.tsx';
import { textOrUndefined, useDefinitionField } from './use-definition-field.ts';

type Party = NonNullable<ServiceItem['servedParties']>[number];
const PARTIES: readonly Party[] = ['natural-person', 'legal-person', 'other-organization'];

/** 事项信息 — code (read-only), base code, name, type and served parties. */
export function IdentitySection() {
  const m = useMessages(basicMessages);
  const { t } = useI18n();
  const code = useEditor((s) => s.definition.code);
  const [baseCode, setBaseCode] = useDefinitionField<string>('/baseCode');
  const [name, setName] = useDefinitionField<ServiceItem['name']>('/name');
  const [type, setType] = useDefinitionField<ServiceItem['type']>('/type');
  const [parties, setParties] = useDefinitionField<Party[]>('/servedParties');
  return (
    <SectionCard pointer="" title={m('section.identity')}>
      <div className="ow-grid">
        <Field label={m('identity.code')} htmlFor={fieldId('/code')} help={m('identity.codeHelp')}>
          <Input id={fieldId('/code')} value={code} readOnly />
        </Field>
        <Field label={m('identity.baseCode')} htmlFor={fieldId('/baseCode')}>
          <Input
            id={fieldId('/baseCode')}
            value={baseCode ?? ''}
            spellCheck={false}
            onChange={(e) => setBaseCode(textOrUndefined(e.target.value))}
          />
        </Field>
      </div>
      <LocalizedTextInput
        id={fieldId('/name')}
        label={m('identity.name')}
        required
        value={name}
        onChange={(next) => setName(next as ServiceItem['name'])}
        maxLength={200}
      />
      <div className="ow-grid">
        <Field label={m('identity.type')} htmlFor={fieldId('/type')} required>
          <Select<ServiceItem['type']>
            id={fieldId('/type')}
            value={type}
            onChange={setType}
            options={ITEM_TYPES.map((value) => ({ value, label: t(`type.${value}`) }))}
          />
        </Field>
        <FieldGroup id={fieldId('/servedParties')} label={m('identity.servedParties')}>
          <Checkbox.Group<Party>
            value={parties ?? []}
            onChange={(next) => setParties(PARTIES.filter((p) => next.includes(p)))}
            options={PARTIES.map((value) => ({ value, label: t(`party.${value}`) }))}
          />
        </FieldGroup>
      </div>
    </SectionCard>
  );
}
