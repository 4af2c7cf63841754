import type { FormError } from '@onewindow/schemas';
import { memo } from 'react';
import { type FormOutline, fieldName } from '../form/form-outline.ts';
import { useI18n } from '../i18n/i18n-context.tsx';

/**
 * The form's problems, each named by its field's label; a click (or Enter) moves the focus to the
 * field when `fieldId` can name its element. Memoised: a keystroke seldom changes the list.
 */
export const FormErrorList = memo(function FormErrorList({
  errors,
  outline,
  fieldId,
}: {
  errors: readonly FormError[];
  outline: FormOutline;
  fieldId?: (pointer: string) => string;
}) {
  const { t, text } = useI18n();
  const focus = (pointer: string) => {
    if (!fieldId) return;
    const el = document.getElementById(fieldId(pointer));
    el?.focus();
    el?.scrollIntoView?.({ block: 'center' });
  };
  return (
    <ul className="ow-check-list">
      {errors.map((e) => {
        const name = fieldName(outline, e.path);
        const line = t('common.labelled', { label: name, value: text(e.message) });
        return (
          <li key={`${e.path}|${e.keyword}`} className="ow-form-error">
            {fieldId ? (
              <button type="button" className="ow-link-button" onClick={() => focus(e.path)}>
                {line}
              </button>
            ) : (
              line
            )}
          </li>
        );
      })}
    </ul>
  );
});
