import type { JSONSchema7 } from 'json-schema';

/** The JSON Schema (draft-07) of an item's application form, as rjsf and ajv read it. */
export type FormJsonSchema = JSONSchema7;
