import type { LocalizedText, Material } from '@onewindow/schemas';
import { Input, InputNumber, Select } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { LabelledField } from '../rules/labelled-field.tsx';
import { anchorId } from '../rules/use-owned-focus.ts';
import { materialsMessages } from './materials-messages.ts';

const MEDIA = ['paper', 'electronic', 'paper-or-electronic'] as const;
const FILE_TYPES = [
  ['application/pdf', 'PDF'],
  ['application/ofd', 'OFD（版式文档）'],
  ['image/jpeg', 'JPEG'],
  ['image/png', 'PNG'],
  ['image/tiff', 'TIFF'],
] as const;
const SHARED_KEY = /^[a-z][a-zA-Z0-9.-]{0,63}$/;

export interface MaterialDetailsProps {
  material: Material;
  index: number;
  /** Sets one attribute (`undefined` removes it); `typing` merges keystrokes into one undo step. */
  onField(key: keyof Material, value: unknown, typing?: boolean): void;
  /** Sets one language of a localized attribute. */
  onText(
    key: 'name' | 'issuer' | 'notes' | 'acceptanceStandard',
    locale: keyof LocalizedText,
    value: string,
  ): void;
}

/**
 * The attributes of a material beyond the table's columns: English name, medium, issuer, shared
 * data-dictionary key, accepted file types and size, blank form and sample, filling notes,
 * acceptance standard and basis.
 */
export function MaterialDetails({ material, index, onField, onText }: MaterialDetailsProps) {
  const m = useMessages(materialsMessages);
  const at = (path: string) => anchorId(`/materials/${index}/${path}`);
  const text = (
    key: 'name' | 'issuer' | 'notes' | 'acceptanceStandard',
    locale: keyof LocalizedText,
    label: string,
    area = false,
  ) => {
    const id = at(`${key}/${locale}`);
    const value = material[key]?.[locale] ?? '';
    return (
      <LabelledField id={id} label={label} className={area ? 'ow-wide' : undefined}>
        {area ? (
          <Input.TextArea
            id={id}
            autoSize={{ minRows: 1, maxRows: 5 }}
            value={value}
            onChange={(e) => onText(key, locale, e.target.value)}
          />
        ) : (
          <Input id={id} value={value} onChange={(e) => onText(key, locale, e.target.value)} />
        )}
      </LabelledField>
    );
  };
  const plain = (key: 'blankForm' | 'sample' | 'basis', label: string, placeholder?: string) => (
    <LabelledField id={at(key)} label={label}>
      <Input
        id={at(key)}
        placeholder={placeholder}
        value={material[key] ?? ''}
        onChange={(e) => onField(key, e.target.value || undefined, true)}
      />
    </LabelledField>
  );
  const sharedKeyError = material.sharedKey !== undefined && !SHARED_KEY.test(material.sharedKey);

  return (
    <div className="ow-material-details">
      {text('name', 'en', m('detail.nameEn'))}
      <LabelledField id={at('medium')} label={m('detail.medium')}>
        <Select
          id={at('medium')}
          allowClear
          placeholder={m('medium.paper')}
          value={material.medium}
          options={MEDIA.map((v) => ({ value: v, label: m(`medium.${v}`) }))}
          onChange={(v) => onField('medium', v)}
        />
      </LabelledField>
      {text('issuer', 'zh-CN', m('detail.issuerZh'))}
      {text('issuer', 'en', m('detail.issuerEn'))}
      <LabelledField
        id={at('sharedKey')}
        label={m('detail.sharedKey')}
        help={
          <span id={`${at('sharedKey')}-help`} className={sharedKeyError ? 'ow-field-error' : 'ow-help'}>
            {sharedKeyError ? m('error.sharedKeyPattern') : m('detail.sharedKeyHelp')}
          </span>
        }
      >
        <Input
          id={at('sharedKey')}
          className="ow-mono"
          placeholder="identity.residentIdCard"
          value={material.sharedKey ?? ''}
          status={sharedKeyError ? 'error' : undefined}
          aria-invalid={sharedKeyError || undefined}
          aria-describedby={`${at('sharedKey')}-help`}
          onChange={(e) => onField('sharedKey', e.target.value || undefined, true)}
        />
      </LabelledField>
      <LabelledField id={at('fileTypes')} label={m('detail.fileTypes')}>
        <Select
          id={at('fileTypes')}
          mode="multiple"
          allowClear
          value={material.fileTypes ?? []}
          options={FILE_TYPES.map(([value, label]) => ({ value, label }))}
          onChange={(v: Material['fileTypes']) => onField('fileTypes', v?.length ? v : undefined)}
        />
      </LabelledField>
      <LabelledField id={at('maxSizeMB')} label={m('detail.maxSizeMB')}>
        <InputNumber
          id={at('maxSizeMB')}
          min={0.1}
          max={100}
          value={material.maxSizeMB ?? null}
          onChange={(n) => onField('maxSizeMB', n ?? undefined, true)}
        />
      </LabelledField>
      {plain('blankForm', m('detail.blankForm'), m('detail.urlPlaceholder'))}
      {plain('sample', m('detail.sample'), m('detail.urlPlaceholder'))}
      {text('notes', 'zh-CN', m('detail.notesZh'), true)}
      {text('notes', 'en', m('detail.notesEn'), true)}
      {text('acceptanceStandard', 'zh-CN', m('detail.acceptanceZh'), true)}
      {text('acceptanceStandard', 'en', m('detail.acceptanceEn'), true)}
      {plain('basis', m('detail.basis'))}
    </div>
  );
}
