import { isCnUscc, type ServiceItem } from '@onewindow/schemas';
import { Input } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';
import { Field } from './field.tsx';
import { fieldId } from './field-id.ts';
import { LocalizedTextInput } from './localized-text-input.tsx';
import { SectionCard } from './section-card.tsx';
import { textOrUndefined, useDefinitionField } from './use-definition-field.ts';

/** 实施主体 — the implementing department's name, code (for filters and KPIs) and credit code. */
export function DepartmentSection() {
  const m = useMessages(basicMessages);
  const [name, setName] = useDefinitionField<ServiceItem['department']['name']>('/department/name');
  const [code, setCode] = useDefinitionField<string>('/department/code');
  const [uscc, setUscc] = useDefinitionField<string>('/department/uscc');
  const usccWrong = uscc !== undefined && uscc.length >= 18 && !isCnUscc(uscc);
  return (
    <SectionCard pointer="/department" title={m('section.department')}>
      <LocalizedTextInput
        id={fieldId('/department/name')}
        label={m('department.name')}
        required
        value={name}
        onChange={(next) => setName(next as ServiceItem['department']['name'])}
        maxLength={200}
      />
      <div className="ow-grid">
        <Field
          label={m('department.code')}
          htmlFor={fieldId('/department/code')}
          help={m('department.codeHelp')}
        >
          <Input
            id={fieldId('/department/code')}
            value={code ?? ''}
            spellCheck={false}
            onChange={(e) => setCode(textOrUndefined(e.target.value))}
          />
        </Field>
        <Field
          label={m('department.uscc')}
          htmlFor={fieldId('/department/uscc')}
          error={usccWrong ? m('department.usccInvalid') : null}
        >
          <Input
            id={fieldId('/department/uscc')}
            value={uscc ?? ''}
            maxLength={18}
            spellCheck={false}
            status={usccWrong ? 'error' : undefined}
            aria-invalid={usccWrong || undefined}
            onChange={(e) => setUscc(textOrUndefined(e.target.value.toUpperCase()))}
          />
        </Field>
      </div>
    </SectionCard>
  );
}
