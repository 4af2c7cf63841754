import type { Locale } from '@onewindow/schemas';
import { createAjv, toFormErrors } from '@onewindow/schemas';
import {
  type CustomValidator,
  createErrorHandler,
  type ErrorSchema,
  type ErrorTransformer,
  type RJSFSchema,
  type RJSFValidationError,
  ROOT_SCHEMA_PREFIX,
  toErrorSchema,
  type UiSchema,
  unwrapErrorHandler,
  type ValidationData,
  type ValidatorType,
  validationDataMerge,
  withIdRefPrefix,
} from '@rjsf/utils';

type Ajv = ReturnType<typeof createAjv>;
type ValidateFunction = ReturnType<Ajv['compile']>;
type AjvErrors = Parameters<typeof toFormErrors>[0];

const MAX_CACHED_BY_TEXT = 1000;

/** Options of {@link createAjvValidator}. */
export interface AjvValidatorOptions {
  /** Language of `validateFormData`'s messages; `zh-CN` unless told. */
  locale?: Locale;
}

/**
 * rjsf's `ValidatorType` on top of OneWindow's own ajv (`createAjv`, so the Chinese formats and
 * extension keywords are known), instead of `@rjsf/validator-ajv8`: the form in the browser, the
 * hidden-field policy and the server's check then judge with one ajv configuration.
 *
 * `isValid` is what rjsf's schema utilities (`retrieveSchema`, `omitExtraData`) call to decide which
 * `if`/`then`/`else`, `dependencies` or `oneOf` branch is active. It is the hot path: each subschema
 * is compiled once and cached by identity (and by its JSON text for the copies rjsf makes), with
 * `allErrors` and strict mode off since only the verdict matters. A subschema that cannot compile is
 * "not valid", as rjsf's own validator answers.
 */
export function createAjvValidator<T = unknown>(
  options: AjvValidatorOptions = {},
): ValidatorType<T, RJSFSchema> {
  const locale = options.locale ?? 'zh-CN';
  const branchAjv = createAjv({ allErrors: false, strict: false });
  // Only `validateFormData` needs a second ajv (all errors); the engine's pruning never does.
  let formAjv: Ajv | undefined;
  let root: RJSFSchema | undefined;
  let byIdentity = new WeakMap<object, ValidateFunction | null>();
  let byText = new Map<string, ValidateFunction | null>();

  function registerRoot(rootSchema: RJSFSchema): void {
    if (root === rootSchema) return;
    if (root !== undefined) branchAjv.removeSchema(ROOT_SCHEMA_PREFIX);
    const { $id: _ignored, ...withoutId } = rootSchema;
    branchAjv.addSchema(withoutId, ROOT_SCHEMA_PREFIX);
    root = rootSchema;
    byIdentity = new WeakMap();
    byText = new Map();
  }

  function compileBranch(schema: RJSFSchema): ValidateFunction | null {
    const known = byIdentity.get(schema);
    if (known !== undefined) return known;
    const text = JSON.stringify(schema);
    let validate = byText.get(text);
    if (validate === undefined) {
      try {
        validate = branchAjv.compile(withIdRefPrefix(schema));
      } catch {
        validate = null;
      }
      if (byText.size < MAX_CACHED_BY_TEXT) byText.set(text, validate);
    }
    byIdentity.set(schema, validate);
    return validate;
  }

  function toRjsfErrors(errors: AjvErrors): RJSFValidationError[] {
    return toFormErrors(errors).map((e) => {
      const property = e.path.replace(/\//g, '.');
      const message = e.message[locale];
      return { name: e.keyword, property, message, params: e.params, stack: `${property} ${message}`.trim() };
    });
  }

  return {
    isValid(schema, formData, rootSchema) {
      try {
        registerRoot(rootSchema);
        const validate = compileBranch(schema);
        return validate !== null && validate(formData) === true;
      } catch {
        return false;
      }
    },
    rawValidation<Result>(schema: RJSFSchema, formData?: T) {
      try {
        formAjv ??= createAjv({ strict: false });
        const validate = formAjv.compile(schema);
        validate(formData);
        return { errors: (validate.errors ?? undefined) as Result[] | undefined };
      } catch (error) {
        return { validationError: error as Error };
      }
    },
    validateFormData(
      formData: T | undefined,
      schema: RJSFSchema,
      customValidate?: CustomValidator<T, RJSFSchema>,
      transformErrors?: ErrorTransformer<T, RJSFSchema>,
      uiSchema?: UiSchema<T, RJSFSchema>,
    ): ValidationData<T> {
      const raw = this.rawValidation<AjvErrors[number]>(schema, formData);
      let errors = raw.validationError
        ? [{ message: raw.validationError.message, stack: raw.validationError.message }]
        : toRjsfErrors(raw.errors ?? []);
      if (transformErrors) errors = transformErrors(errors, uiSchema);
      const data: ValidationData<T> = { errors, errorSchema: toErrorSchema<T>(errors) };
      if (typeof customValidate !== 'function') return data;
      const handler = customValidate(formData as T, createErrorHandler<T>(formData as T), uiSchema);
      const userErrors: ErrorSchema<T> = unwrapErrorHandler<T>(handler);
      return validationDataMerge<T>(data, userErrors);
    },
    reset() {
      if (root !== undefined) branchAjv.removeSchema(ROOT_SCHEMA_PREFIX);
      root = undefined;
      byIdentity = new WeakMap();
      byText = new Map();
    },
  };
}
