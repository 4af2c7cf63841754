import type { FormJsonSchema } from '@onewindow/schemas';
import { createAjv, toFormErrors } from '@onewindow/schemas';
import { omitExtraData, type RJSFSchema, type ValidatorType } from '@rjsf/utils';
import { createAjvValidator } from './ajv-validator.ts';
import { findApplicantIdField } from './applicant-facts.ts';
import { compileFactsWriter, type FactsWriter } from './compile-facts-writer.ts';
import { compilePruner } from './compile-pruner.ts';
import { EngineDefinitionError } from './errors.ts';
import { isJsonObject, type JsonValue } from './to-json-value.ts';

/** One error on the form, as `toFormErrors` reports it. */
export type FormErrorItem = ReturnType<typeof toFormErrors>[number];

/** The form part of a compiled item. */
export interface CompiledForm {
  readonly schema: FormJsonSchema;
  /** JSON pointer of the applicant's ID number in the form data, or null. */
  readonly applicantIdField: string | null;
  /** Drops data outside the active branches of the form (the hidden-field policy). */
  readonly prune: (data: JsonValue) => JsonValue;
  /** Validates (pruned) form data: every error, with field pointers and zh-CN/en messages. */
  readonly validate: (data: JsonValue) => FormErrorItem[];
  /** Writes the canonical JSON of a check's `{form, materials, today}`, for its facts hash. */
  readonly writeFacts: FactsWriter;
}

/**
 * The hidden-field policy for one form: rjsf's `omitExtraData`, compiled (compile-pruner.ts). For
 * schemas the compiled pruner leaves to rjsf (`oneOf`/`anyOf`), rjsf's function runs as it is.
 */
function createPrune(
  validator: ValidatorType<unknown, RJSFSchema>,
  schema: RJSFSchema,
): (data: JsonValue) => JsonValue {
  let pruneObject: (data: JsonValue) => unknown;
  try {
    pruneObject = compilePruner(validator, schema);
  } catch {
    pruneObject = (data) => omitExtraData(validator, schema, schema, data);
  }
  return (data) => {
    if (!isJsonObject(data)) return data;
    try {
      return (pruneObject(data) ?? {}) as JsonValue;
    } catch {
      // rjsf could not walk this schema for this data (e.g. a $ref it cannot follow). Judging the
      // data unpruned is the least surprising fallback; ajv still validates all of it.
      return data;
    }
  };
}

/**
 * Builds the form validator (ajv from `createAjv()`, strict, all errors) and the hidden-field pruner.
 * Throws EngineDefinitionError `INVALID_FORM_SCHEMA` when the form schema is not a valid draft-07
 * schema or strict ajv refuses it (an unknown keyword or format is a typo, not an extension).
 */
export function compileForm(schema: FormJsonSchema, applicantIdField?: string): CompiledForm {
  const ajv = createAjv();
  if (!ajv.validateSchema(schema)) {
    const error = ajv.errors?.[0];
    const pointer = `/form/schema${error?.instancePath ?? ''}`;
    throw new EngineDefinitionError(
      'INVALID_FORM_SCHEMA',
      pointer,
      error?.message ?? 'invalid',
      ajv.errors ?? [],
    );
  }
  let check: ReturnType<typeof ajv.compile>;
  try {
    check = ajv.compile(schema);
  } catch (cause) {
    throw new EngineDefinitionError('INVALID_FORM_SCHEMA', '/form/schema', (cause as Error).message);
  }
  const validator = createAjvValidator<unknown>();
  const prune = createPrune(validator, schema as RJSFSchema);
  const validate = (data: JsonValue): FormErrorItem[] =>
    check(data) ? [] : toFormErrors(check.errors ?? []);
  return {
    schema,
    applicantIdField: findApplicantIdField(schema, applicantIdField),
    prune,
    validate,
    writeFacts: compileFactsWriter(schema),
  };
}
