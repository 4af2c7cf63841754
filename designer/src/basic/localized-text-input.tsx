import type { Locale, LocalizedText } from '@onewindow/schemas';
import { Input } from 'antd';
import { useMessages } from '../i18n/define-messages.ts';
import { basicMessages } from './basic-messages.ts';
import { withLocaleText } from './localized-text.ts';
import './basic.css';

export interface LocalizedTextInputProps {
  /** The inputs' ids are `${id}/zh-CN` and `${id}/en`: pass `fieldId(pointer)` so lint can find them. */
  id: string;
  /** The visible label; each input's accessible name is it plus its language ("事项名称 中文", "事项名称 English"). */
  label: string;
  /** Said before the label to screen readers only, e.g. "环节 2" for a field of the second row. */
  context?: string;
  value: LocalizedText | undefined;
  /** The edited value; `undefined` when both languages are empty (see `required`). */
  onChange(next: LocalizedText | undefined): void;
  /** Chinese is required: shown with a mark, and an emptied Chinese text stays `''` rather than vanishing. */
  required?: boolean;
  /** Text areas instead of one-line inputs. */
  multiline?: boolean;
  placeholder?: LocalizedText;
  maxLength?: number;
}

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/**
 * 中英文文本 — edits a definition's `{ 'zh-CN', en }` text: one labelled input per language, side by side.
 * Controlled; any tab can use it for names, messages and notes.
 */
export function LocalizedTextInput({
  id,
  label,
  context,
  value,
  onChange,
  required = false,
  multiline = false,
  placeholder,
  maxLength,
}: LocalizedTextInputProps) {
  const m = useMessages(basicMessages);
  // Each input's own label says the whole name ("环节 2 环节名称 English"): getByLabel finds it.
  const spoken = context ? `${context} ${label}` : label;
  return (
    <fieldset className="ow-fieldset ow-field">
      <legend className="ow-field-label">
        {context && (
          <>
            <span className="ow-visually-hidden">{context}</span>{' '}
          </>
        )}
        {label}
        {required && (
          <span className="ow-required" aria-hidden="true" title={m('required')}>
            {' *'}
          </span>
        )}
      </legend>
      <div className="ow-ltext">
        {LOCALES.map((locale) => {
          const inputId = `${id}/${locale}`;
          const common = {
            id: inputId,
            lang: locale,
            value: value?.[locale] ?? '',
            placeholder: placeholder?.[locale],
            maxLength,
            'aria-required': required && locale === 'zh-CN' ? true : undefined,
            onChange: (e: { target: { value: string } }) =>
              onChange(withLocaleText(value, locale, e.target.value, required)),
          };
          return (
            <div key={locale} className="ow-ltext-lang">
              <label htmlFor={inputId} className="ow-ltext-tag">
                <span className="ow-visually-hidden">{spoken}</span>{' '}
                {m(locale === 'zh-CN' ? 'lang.zh' : 'lang.en')}
              </label>
              {multiline ? (
                <Input.TextArea {...common} autoSize={{ minRows: 2, maxRows: 8 }} />
              ) : (
                <Input {...common} />
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
