import type { FormError } from '@onewindow/schemas';
import { generateTheme } from '@rjsf/antd';
import type { IChangeEvent } from '@rjsf/core';
import type { ErrorSchema, RJSFSchema, UiSchema } from '@rjsf/utils';
import {
  type KeyboardEvent,
  memo,
  type ReactNode,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useI18n } from '../i18n/i18n-context.tsx';
import { FastForm } from './fast-form.ts';
import { FieldTemplate } from './field-template.tsx';
import { formValidator } from './form-validator.ts';
import { localizeUiSchema } from './localize-ui-schema.ts';
import { ObjectFieldTemplate } from './object-field-template.tsx';
import { rjsfTranslator } from './rjsf-strings.ts';
import { StableObjectField } from './stable-object-field.tsx';
import { toExtraErrors } from './to-extra-errors.ts';

export type FormData = Record<string, unknown>;

/** Which of the engine's form errors show under their fields. */
export type ShowErrors = 'touched' | 'all' | 'none';

export interface ItemFormProps {
  /** The definition's `form.schema` (draft-07). */
  schema: object;
  /** The definition's `form.uiSchema`. */
  uiSchema?: object;
  /** The data the form starts with; change `key` to start again with other data. */
  initialFormData?: FormData;
  /** The engine's `CheckResult.formErrors` (JSON pointers, zh/en messages). */
  formErrors?: readonly FormError[];
  /** `touched` (default): only fields the user changed or left; `all`: every error (after a submit). */
  showErrors?: ShowErrors;
  /** Every change, with the JSON pointer of the field that changed when rjsf says. Keep it cheap. */
  onChange?: (formData: FormData, pointer?: string) => void;
  /** Once after mounting, with the data the form starts from (its schema defaults filled in). */
  onDefaults?: (formData: FormData) => void;
  /** Enter in a field or the submit button; never blocked by errors (an incomplete case is filed too). */
  onSubmit?: (formData: FormData) => void;
  disabled?: boolean;
  readonly?: boolean;
  /** Rendered inside the `<form>` after the fields, instead of rjsf's submit button. */
  children?: ReactNode;
  /** Prefix of the field ids; give each form on a page its own. */
  idPrefix?: string;
}

const THEME = generateTheme<FormData>();
const FORM_CONTEXT = { colon: false, labelAlign: 'left' } as const;
// Merged once: rjsf's `withTheme` merges these on every render, and a new registry then has to be
// compared deeply with the last one on every keystroke.
const TEMPLATES = { ...THEME.templates, FieldTemplate, ObjectFieldTemplate };
const FIELDS = { ObjectField: StableObjectField };
// A yes/no the definition gives no default stays unanswered until the clerk answers it (rjsf would
// silently pick "no" for a required one), so `required` flags it like any other empty field.
const DEFAULTS_BEHAVIOR = { requiredBooleanDefault: 'skip' } as const;
// Enter in a date picker or a select chooses a value there; it must not also file the whole form.
const CHOOSERS = '.ant-picker, .ant-select, .ant-cascader';

function keepEnterInChoosers(event: KeyboardEvent<HTMLDivElement>): void {
  if (event.key === 'Enter' && event.target instanceof Element && event.target.closest(CHOOSERS)) {
    event.preventDefault();
  }
}
const NO_ERRORS: readonly FormError[] = [];
// Ids are `<prefix>/a/b`, so the JSON pointer of a field is its id without the prefix.
const SEPARATOR = '/';

/**
 * THE form of a service item (the clerk's counter and the designer's live preview): the definition's
 * JSON Schema and uiSchema rendered by @rjsf/antd, validated as the engine validates (our formats,
 * human zh/en messages), with the engine's form errors shown under their fields. In English, the
 * labels are the uiSchema's `ui:en` texts where the definition has them (`localizeUiSchema`).
 *
 * Fast by construction (rjsf users report 150–200 ms per keystroke on big forms, #3715): the form is
 * uncontrolled (rjsf keeps the data; a keystroke never round-trips through the parent), live
 * validation is off (the engine's check is the judge), a value typed into a field no condition reads
 * skips rjsf's whole-form recomputation (`FastForm`), and every prop rjsf compares is memoised, so
 * only the field that changed renders again.
 */
function ItemFormInner(props: ItemFormProps) {
  const { schema, uiSchema, initialFormData, formErrors = NO_ERRORS, showErrors = 'touched' } = props;
  const { onChange, onDefaults, onSubmit, disabled, readonly, children, idPrefix = 'root' } = props;
  const { locale } = useI18n();
  const validator = formValidator(locale);
  const translateString = useMemo(() => rjsfTranslator(locale), [locale]);
  const shownUiSchema = useMemo(() => localizeUiSchema(uiSchema, locale), [uiSchema, locale]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const touchedRef = useRef(touched);
  touchedRef.current = touched;

  const touch = useCallback(
    (id: string | undefined) => {
      if (!id?.startsWith(idPrefix)) return undefined;
      const pointer = id.slice(idPrefix.length);
      if (!touchedRef.current.has(pointer)) setTouched((old) => new Set(old).add(pointer));
      return pointer;
    },
    [idPrefix],
  );

  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const handleChange = useCallback(
    (event: IChangeEvent<FormData>, id?: string) => {
      const pointer = touch(id);
      onChangeRef.current?.(event.formData ?? {}, pointer);
    },
    [touch],
  );
  const handleBlur = useCallback((id: string) => void touch(id), [touch]);
  const formRef = useRef<FastForm | null>(null);
  const onDefaultsRef = useRef(onDefaults);
  onDefaultsRef.current = onDefaults;
  useEffect(() => {
    const start = formRef.current?.state.formData;
    if (start) onDefaultsRef.current?.(start);
  }, []);
  const onSubmitRef = useRef(onSubmit);
  onSubmitRef.current = onSubmit;
  const handleSubmit = useCallback((event: IChangeEvent<FormData>) => {
    onSubmitRef.current?.(event.formData ?? {});
  }, []);

  // A new check usually finds the same errors: keep the same object then, so rjsf skips the render.
  const lastErrors = useRef<{ json: string; errors: ErrorSchema<FormData> }>({ json: '{}', errors: {} });
  const extraErrors = useMemo<ErrorSchema<FormData>>(() => {
    const shown =
      showErrors === 'all'
        ? undefined
        : (pointer: string) => [...touched].some((t) => pointer === t || pointer.startsWith(`${t}/`));
    const next =
      showErrors === 'none' ? {} : (toExtraErrors(formErrors, locale, shown) as ErrorSchema<FormData>);
    const json = JSON.stringify(next);
    if (json !== lastErrors.current.json) lastErrors.current = { json, errors: next };
    return lastErrors.current.errors;
  }, [formErrors, showErrors, touched, locale]);

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only stops Enter in pickers from submitting the form
    <div onKeyDown={keepEnterInChoosers} className="ow-item-form-wrap">
      <FastForm
        ref={formRef}
        className="ow-item-form"
        schema={schema as RJSFSchema}
        uiSchema={shownUiSchema as UiSchema<FormData> | undefined}
        validator={validator}
        initialFormData={initialFormData}
        widgets={THEME.widgets}
        fields={FIELDS}
        formContext={FORM_CONTEXT}
        experimental_defaultFormStateBehavior={DEFAULTS_BEHAVIOR}
        templates={TEMPLATES}
        translateString={translateString}
        extraErrors={extraErrors}
        showErrorList={false}
        noHtml5Validate
        noValidate
        idPrefix={idPrefix}
        idSeparator={SEPARATOR}
        onChange={handleChange}
        onBlur={handleBlur}
        onSubmit={handleSubmit}
        disabled={disabled}
        readonly={readonly}
      >
        {/* biome-ignore lint/complexity/noUselessFragments: rjsf shows its own submit button unless children are truthy */}
        {children ?? <></>}
      </FastForm>
    </div>
  );
}

/** See {@link ItemFormInner}. */
export const ItemForm = memo(ItemFormInner);
