/** Why a definition cannot be compiled. Each code names one kind of mistake in the definition. */
export type EngineDefinitionErrorCode =
  /** The definition does not satisfy `service-item.schema.json`. */
  | 'INVALID_DEFINITION'
  /** `form.schema` is not a valid draft-07 JSON Schema, or ajv (strict) cannot compile it. */
  | 'INVALID_FORM_SCHEMA'
  /** A condition names an operator that is not registered. */
  | 'UNKNOWN_OPERATOR'
  /** A `matchesPattern` value is not a literal string, or its regex could backtrack catastrophically. */
  | 'UNSAFE_PATTERN'
  /** A `matchesPattern` regex does not parse (patterns are compiled with the `u` flag, like ajv's). */
  | 'INVALID_PATTERN'
  /** A `require-material` / `waive-material` event names a material the definition does not list. */
  | 'UNKNOWN_MATERIAL'
  /** A `fee` event names a fee the definition does not list. */
  | 'UNKNOWN_FEE'
  /** Two rules, materials or fees share an id/code, so results could not tell them apart. */
  | 'DUPLICATE_ID';

/**
 * Thrown by `compile` for a bad definition, never for a bad case. `pointer` is the JSON pointer, inside
 * the definition, of what is wrong; `details` carries the validator's findings when there are several.
 */
export class EngineDefinitionError extends Error {
  override readonly name = 'EngineDefinitionError';
  readonly code: EngineDefinitionErrorCode;
  readonly pointer: string;
  readonly details: readonly unknown[];

  constructor(
    code: EngineDefinitionErrorCode,
    pointer: string,
    message: string,
    details: readonly unknown[] = [],
  ) {
    super(`${code} at ${pointer || '(root)'}: ${message}`);
    this.code = code;
    this.pointer = pointer;
    this.details = details;
  }
}
