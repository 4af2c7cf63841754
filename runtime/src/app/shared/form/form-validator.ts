import { createLocalizer, extendAjv, type Locale } from '@onewindow/schemas';
import type { RJSFSchema, ValidatorType } from '@rjsf/utils';
import { customizeValidator } from '@rjsf/validator-ajv8';

const cache = new Map<Locale, ValidatorType<Record<string, unknown>, RJSFSchema>>();

/**
 * rjsf's ajv8 validator configured as OneWindow's `createAjv` is: our Chinese formats and extension
 * keywords (`extendAjv`), union types, conditional `required` allowed, the same `multipleOf`
 * precision; messages human zh/en through our localizer (ajv's `应当匹配格式 "cn-mobile"` never
 * reaches a form). One per language, shared by every form on the page (the designer's preview too).
 */
export function formValidator(locale: Locale): ValidatorType<Record<string, unknown>, RJSFSchema> {
  let validator = cache.get(locale);
  if (!validator) {
    validator = customizeValidator<Record<string, unknown>>(
      {
        ajvOptionsOverrides: { allowUnionTypes: true, strictRequired: false, multipleOfPrecision: 8 },
        extenderFn: (ajv) => extendAjv(ajv) as typeof ajv,
      },
      createLocalizer(locale),
    );
    cache.set(locale, validator);
  }
  return validator;
}
