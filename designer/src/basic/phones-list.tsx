import { useI18n } from '@onewindow/runtime/app';
import type { Phone } from '@onewindow/schemas';
import { Input, Select } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';
import { Field } from './field.tsx';
import { fieldId } from './field-id.ts';
import { AddButton, ListRow } from './list-row.tsx';
import { useDefinitionField, useListField } from './use-definition-field.ts';

const PURPOSES: readonly Phone['purpose'][] = ['consultation', 'supervision', 'complaint'];
/** handling.phones[].number of service-item.schema.json. */
const PHONE_PATTERN = /^[0-9+() -]{3,30}$/;

function PhoneRow({ index, count, onRemove }: { index: number; count: number; onRemove(): void }) {
  const m = useMessages(basicMessages);
  const { t } = useI18n();
  const at = `/handling/phones/${index}`;
  const [purpose, setPurpose] = useDefinitionField<Phone['purpose']>(`${at}/purpose`);
  const [number, setNumber] = useDefinitionField<string>(`${at}/number`);
  const wrong = number !== undefined && number !== '' && !PHONE_PATTERN.test(number);
  const row = m('phones.row', { n: index + 1 });
  return (
    <ListRow pointer={at} title={row} index={index} count={count} onRemove={onRemove}>
      <div className="ow-grid">
        <Field context={row} label={m('phones.purpose')} htmlFor={fieldId(`${at}/purpose`)} required>
          <Select<Phone['purpose']>
            id={fieldId(`${at}/purpose`)}
            value={purpose}
            onChange={setPurpose}
            options={PURPOSES.map((value) => ({ value, label: t(`phone.${value}`) }))}
          />
        </Field>
        <Field
          context={row}
          label={m('phones.number')}
          htmlFor={fieldId(`${at}/number`)}
          required
          error={wrong ? m('phones.numberInvalid') : null}
        >
          <Input
            id={fieldId(`${at}/number`)}
            value={number ?? ''}
            inputMode="tel"
            aria-required
            status={wrong ? 'error' : undefined}
            aria-invalid={wrong || undefined}
            onChange={(e) => setNumber(e.target.value)}
          />
        </Field>
      </div>
    </ListRow>
  );
}

/** 联系电话 — consultation, supervision and complaint numbers of the item. */
export function PhonesList() {
  const m = useMessages(basicMessages);
  const list = useListField<Phone>('/handling/phones');
  return (
    <div id={fieldId('/handling/phones')} tabIndex={-1}>
      <h3 className="ow-field-label">{m('section.phones')}</h3>
      {list.items.length === 0 && <p className="ow-list-empty">{m('phones.empty')}</p>}
      {list.items.map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; values come from the store by index
        <PhoneRow key={index} index={index} count={list.items.length} onRemove={() => list.remove(index)} />
      ))}
      <AddButton label={m('phones.add')} onClick={() => list.add({ purpose: 'consultation', number: '' })} />
    </div>
  );
}
