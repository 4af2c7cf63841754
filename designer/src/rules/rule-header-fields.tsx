import type { Rule } from '@onewindow/schemas';
import { Input, InputNumber } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { withLocaleText } from '../materials/localized-edit.ts';
import { LabelledField } from './labelled-field.tsx';
import { rulesMessages } from './rules-messages.ts';
import { anchorId } from './use-owned-focus.ts';

const RULE_ID = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

export interface RuleHeaderFieldsProps {
  rule: Rule;
  pointer: string;
  /** Whether another rule has the same id. */
  duplicateId: boolean;
  onChange(rule: Rule, coalesce?: string): void;
}

/** The rule's own fields: id (checked for form and uniqueness), name zh/en, priority. */
export function RuleHeaderFields({ rule, pointer, duplicateId, onChange }: RuleHeaderFieldsProps) {
  const m = useMessages(rulesMessages);
  const idError = !RULE_ID.test(rule.id) ? m('error.idPattern') : duplicateId ? m('error.idDuplicate') : null;
  const idAt = anchorId(`${pointer}/id`);
  const setDescription = (locale: 'zh-CN' | 'en', value: string) => {
    const description = withLocaleText(rule.description, locale, value);
    const next = { ...rule, description };
    if (!description) delete next.description;
    onChange(next, `${pointer}/description/${locale}`);
  };
  return (
    <div className="ow-rule-header">
      <LabelledField
        id={idAt}
        label={m('field.id')}
        help={
          idError && (
            <span id={`${idAt}-error`} className="ow-field-error">
              {idError}
            </span>
          )
        }
      >
        <Input
          id={idAt}
          className="ow-mono"
          value={rule.id}
          status={idError ? 'error' : undefined}
          aria-invalid={idError ? true : undefined}
          aria-describedby={idError ? `${idAt}-error` : undefined}
          onChange={(e) => onChange({ ...rule, id: e.target.value }, `${pointer}/id`)}
        />
      </LabelledField>
      <LabelledField id={anchorId(`${pointer}/description/zh-CN`)} label={m('field.descriptionZh')}>
        <Input
          id={anchorId(`${pointer}/description/zh-CN`)}
          value={rule.description?.['zh-CN'] ?? ''}
          onChange={(e) => setDescription('zh-CN', e.target.value)}
        />
      </LabelledField>
      <LabelledField id={anchorId(`${pointer}/description/en`)} label={m('field.descriptionEn')}>
        <Input
          id={anchorId(`${pointer}/description/en`)}
          value={rule.description?.en ?? ''}
          onChange={(e) => setDescription('en', e.target.value)}
        />
      </LabelledField>
      <LabelledField
        id={anchorId(`${pointer}/priority`)}
        label={m('field.priority')}
        help={<span className="ow-help">{m('field.priorityHelp')}</span>}
      >
        <InputNumber
          id={anchorId(`${pointer}/priority`)}
          min={1}
          max={100}
          precision={0}
          placeholder="1"
          value={rule.priority ?? null}
          onChange={(n) => {
            const next = { ...rule, priority: n ?? undefined };
            if (n === null) delete next.priority;
            onChange(next, `${pointer}/priority`);
          }}
        />
      </LabelledField>
    </div>
  );
}
