import type { FaqEntry } from '@onewindow/schemas';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';
import { fieldId } from './field-id.ts';
import { AddButton, ListRow } from './list-row.tsx';
import { LocalizedTextInput } from './localized-text-input.tsx';
import { SectionCard } from './section-card.tsx';
import { useDefinitionField, useListField } from './use-definition-field.ts';

function FaqRow({
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
  const at = `/faq/${index}`;
  const [question, setQuestion] = useDefinitionField<FaqEntry['question']>(`${at}/question`);
  const [answer, setAnswer] = useDefinitionField<FaqEntry['answer']>(`${at}/answer`);
  const row = m('faq.row', { n: index + 1 });
  return (
    <ListRow pointer={at} title={row} index={index} count={count} onRemove={onRemove} onMove={onMove}>
      <LocalizedTextInput
        id={fieldId(`${at}/question`)}
        context={row}
        label={m('faq.question')}
        required
        value={question}
        onChange={setQuestion}
      />
      <LocalizedTextInput
        id={fieldId(`${at}/answer`)}
        context={row}
        label={m('faq.answer')}
        required
        multiline
        value={answer}
        onChange={setAnswer}
      />
    </ListRow>
  );
}

/** 常见问题 — questions applicants ask, with answers, as the public guide shows them. */
export function FaqSection() {
  const m = useMessages(basicMessages);
  const list = useListField<FaqEntry>('/faq');
  return (
    <SectionCard pointer="/faq" title={m('section.faq')}>
      {list.items.length === 0 && <p className="ow-list-empty">{m('faq.empty')}</p>}
      {list.items.map((_, index) => (
        <FaqRow
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; values come from the store by index
          key={index}
          index={index}
          count={list.items.length}
          onRemove={() => list.remove(index)}
          onMove={(by) => list.move(index, by)}
        />
      ))}
      <AddButton
        label={m('faq.add')}
        onClick={() => list.add({ question: { 'zh-CN': '' }, answer: { 'zh-CN': '' } })}
      />
    </SectionCard>
  );
}
