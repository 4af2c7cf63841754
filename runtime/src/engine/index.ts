/**
 * The case-check engine (isomorphic: no I/O, no clock reads — `today` is always passed in).
 *
 * `compile(definition)` once per version, then `check(compiled, input, {today})` per case. Rules are
 * written for json-rules-engine, which stays the reference interpreter (`checkWithReference`); the
 * compiled closures agree with it by construction and by differential tests.
 */

/** `createAjvValidator(options?)` — rjsf's `ValidatorType` on OneWindow's ajv, for forms that must judge as the engine does. */
export { type AjvValidatorOptions, createAjvValidator } from './ajv-validator.ts';
/**
 * `check(compiled, input, ctx): CheckResult` — judges a case with the compiled evaluator; never
 * throws for a bad case.
 */
export { check } from './check.ts';
/**
 * `checkWithReference(compiled, input, ctx): Promise<CheckResult>` — the same check with
 * json-rules-engine deciding which rules fired (for replay and differential tests).
 */
export { checkWithReference } from './check-with-reference.ts';
/** Working-day clocks (办理时限): calendars, deadlines, remaining days, traffic lights. */
export * from './clock/index.ts';
/** `compareExpectation(expect, result): string[]` — how a result differs from an item test's `expect`. */
export { compareExpectation } from './compare-expectation.ts';
/**
 * `compile(definition, options?): CompiledItem` — validates and compiles one definition version;
 * throws `EngineDefinitionError` only for a bad definition.
 */
export { compile } from './compile.ts';
/** `EngineDefinitionError {code, pointer, details}` — the only error `compile` throws for a bad definition. */
export { EngineDefinitionError, type EngineDefinitionErrorCode } from './errors.ts';
/** Facts as rules see them (`form`, `materials`, `applicant`, `today`). */
export type { RuleFacts } from './fact-values.ts';
/**
 * `canonicalJson(value): string` (RFC 8785), `sha256Hex(text or UTF-8 bytes): string`,
 * `hashJson(value)`: the content hashes of definitions, facts and the audit chain.
 */
export { canonicalJson, hashJson, sha256Hex } from './hash.ts';
/**
 * `createOperators({today}): OperatorTable` — the one registry of condition operators
 * (json-rules-engine's defaults plus dateBefore, dateAfter, ageAtLeast, includesAll, includesAny,
 * matchesPattern).
 */
export {
  calendarDayOf,
  createOperators,
  DEFAULT_OPERATOR_NAMES,
  OPERATOR_NAMES,
  type OperatorFactory,
  type OperatorFn,
  type OperatorOptions,
  type OperatorTable,
} from './operators.ts';
/** `resolvePath(value, path)` — JSON pointer or dot path through own properties only; `parsePath(path)`. */
export { parsePath, resolvePath } from './path.ts';
/**
 * `runItemTests(compiled, tests, {calendar?}): ItemTestsReport` — runs a definition's embedded tests
 * and lists the rules none of them fired.
 */
export {
  type ItemTestRun,
  type ItemTestsReport,
  type RunItemTestsOptions,
  runItemTests,
} from './run-item-tests.ts';
/** `toJsonValue(value)` — the JSON-clean copy of case data that checks judge. */
export { type JsonValue, toJsonValue } from './to-json-value.ts';
/** The compiled item, the check context (and the facts it reports), compile options and their hash function; the two evaluators' names. */
export {
  type CheckContext,
  type CompiledItem,
  type CompileOptions,
  ENGINE_COMPILED,
  ENGINE_REFERENCE,
  type JudgedFacts,
  type Sha256Hex,
} from './types.ts';
