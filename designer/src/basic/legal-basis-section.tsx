import type { LegalBasis } from '@onewindow/schemas';
import { Input, Select } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';
import { Field } from './field.tsx';
import { fieldId } from './field-id.ts';
import { AddButton, ListRow } from './list-row.tsx';
import { SectionCard } from './section-card.tsx';
import { textOrUndefined, useDefinitionField, useListField } from './use-definition-field.ts';

const KINDS: readonly LegalBasis['kind'][] = ['setting', 'implementing'];

function LegalBasisRow({ index, count, onRemove }: { index: number; count: number; onRemove(): void }) {
  const m = useMessages(basicMessages);
  const at = `/legalBasis/${index}`;
  const [kind, setKind] = useDefinitionField<LegalBasis['kind']>(`${at}/kind`);
  const [title, setTitle] = useDefinitionField<string>(`${at}/title`);
  const [article, setArticle] = useDefinitionField<string>(`${at}/article`);
  const [text, setText] = useDefinitionField<string>(`${at}/text`);
  const row = m('legalBasis.row', { n: index + 1 });
  return (
    <ListRow pointer={at} title={row} index={index} count={count} onRemove={onRemove}>
      <div className="ow-grid">
        <Field context={row} label={m('legalBasis.kind')} htmlFor={fieldId(`${at}/kind`)} required>
          <Select<LegalBasis['kind']>
            id={fieldId(`${at}/kind`)}
            value={kind}
            onChange={setKind}
            options={KINDS.map((value) => ({ value, label: m(`legalBasis.kind.${value}`) }))}
          />
        </Field>
        <Field context={row} label={m('legalBasis.title')} htmlFor={fieldId(`${at}/title`)} required>
          <Input
            id={fieldId(`${at}/title`)}
            value={title ?? ''}
            placeholder={m('legalBasis.titlePlaceholder')}
            aria-required
            onChange={(e) => setTitle(e.target.value)}
          />
        </Field>
        <Field context={row} label={m('legalBasis.article')} htmlFor={fieldId(`${at}/article`)}>
          <Input
            id={fieldId(`${at}/article`)}
            value={article ?? ''}
            placeholder={m('legalBasis.articlePlaceholder')}
            onChange={(e) => setArticle(textOrUndefined(e.target.value))}
          />
        </Field>
      </div>
      <Field context={row} label={m('legalBasis.text')} htmlFor={fieldId(`${at}/text`)}>
        <Input.TextArea
          id={fieldId(`${at}/text`)}
          value={text ?? ''}
          autoSize={{ minRows: 2, maxRows: 8 }}
          onChange={(e) => setText(textOrUndefined(e.target.value))}
        />
      </Field>
    </ListRow>
  );
}

/** 设定和实施依据 — the laws and articles the item rests on, each a setting or implementing basis. */
export function LegalBasisSection() {
  const m = useMessages(basicMessages);
  const list = useListField<LegalBasis>('/legalBasis');
  return (
    <SectionCard pointer="/legalBasis" title={m('section.legalBasis')}>
      {list.items.length === 0 && <p className="ow-list-empty">{m('legalBasis.empty')}</p>}
      {list.items.map((_, index) => (
        <LegalBasisRow
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions; values come from the store by index
          key={index}
          index={index}
          count={list.items.length}
          onRemove={() => list.remove(index)}
        />
      ))}
      <AddButton label={m('legalBasis.add')} onClick={() => list.add({ title: '', kind: 'setting' })} />
    </SectionCard>
  );
}
