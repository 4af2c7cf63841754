import type { LocalizedText } from '@onewindow/schemas';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';
import { fieldId } from './field-id.ts';
import { AddButton, ListRow } from './list-row.tsx';
import { LocalizedTextInput } from './localized-text-input.tsx';
import { SectionCard } from './section-card.tsx';
import { useDefinitionField, useListField } from './use-definition-field.ts';

function ConditionRow({ index, count, onRemove }: { index: number; count: number; onRemove(): void }) {
  const m = useMessages(basicMessages);
  const at = `/conditions/${index}`;
  const [text, setText] = useDefinitionField<LocalizedText>(at);
  const row = m('conditions.row', { n: index + 1 });
  return (
    <ListRow pointer={at} title={row} index={index} count={count} onRemove={onRemove}>
      {/* required: emptying the text must not remove the condition from the list. */}
      <LocalizedTextInput id={fieldId(at)} label={row} required multiline value={text} onChange={setText} />
    </ListRow>
  );
}

/** 受理条件 — what an application must meet to be accepted, one text per condition. */
export function ConditionsSection() {
  const m = useMessages(basicMessages);
  const list = useListField<LocalizedText>('/conditions');
  return (
    <SectionCard pointer="/conditions" title={m('section.conditions')}>
      {list.items.length === 0 && <p className="ow-list-empty">{m('conditions.empty')}</p>}
      {list.items.map((_, index) => (
        <ConditionRow
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; values come from the store by index
          key={index}
          index={index}
          count={list.items.length}
          onRemove={() => list.remove(index)}
        />
      ))}
      <AddButton label={m('conditions.add')} onClick={() => list.add({ 'zh-CN': '' })} />
    </SectionCard>
  );
}
