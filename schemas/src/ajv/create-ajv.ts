import Ajv, { type FormatDefinition } from 'ajv';
import addFormats from 'ajv-formats';
import { chineseFormats, isoDateNumber } from '../formats/index.ts';

/** Options of {@link createAjv}; both default to `true`. */
export interface CreateAjvOptions {
  /** Report every error, not just the first: a supplement notice (补正) lists everything at once. */
  allErrors?: boolean;
  /** Reject unknown keywords and formats when compiling, so a typo in a definition fails loudly. */
  strict?: boolean;
}

/**
 * Annotation keywords a definition may carry beside standard JSON Schema: our own (`tsType` for the
 * type generator, `x-*` for the designer and the bundle merger) and rjsf's `enumNames`. They never
 * affect validation; registering them lets strict mode reject every other unknown keyword.
 */
export const EXTENSION_KEYWORDS = [
  'tsType',
  'x-sharedKey',
  'x-unit',
  'x-role',
  'x-source',
  'enumNames',
  'x-enumNames',
] as const;

/**
 * Adds our Chinese formats and extension keywords to an existing ajv. It is safe to call twice and
 * on an ajv someone else built, such as the one rjsf's `customizeValidator` makes (pass it as
 * `extenderFn`), so the form in the browser and the check on the server judge alike.
 */
export function extendAjv(ajv: Ajv): Ajv {
  for (const [name, format] of Object.entries(chineseFormats)) {
    ajv.addFormat(name, { type: 'string', validate: format.validate });
  }
  for (const keyword of EXTENSION_KEYWORDS) {
    // getKeyword() does not see keywords added without a definition, but addKeyword() refuses them twice.
    if (!ajv.RULES.keywords[keyword]) ajv.addKeyword(keyword);
  }
  return ajv;
}

const isIsoDate = (s: string): boolean => isoDateNumber(s) >= 0;

/**
 * THE ajv used everywhere (engine, server routes, scripts): draft-07, every ajv-formats format
 * (date, date-time, email, uri, ...), our Chinese formats and extension keywords; all errors and
 * strict mode unless turned off.
 *
 * Beyond ajv's defaults: `allowUnionTypes`, because strict mode otherwise refuses the
 * `"type": ["string", "null"]` of an optional field; `strictRequired: false`, because that check
 * cannot see properties declared above an `if`/`then` and so refuses the usual conditional
 * `"then": { "required": ["x"] }` (ajv issue #1950); `multipleOfPrecision: 8`, the value rjsf's
 * validator uses, so `19.99` is a multiple of `0.01` in the browser and on the server alike.
 */
export function createAjv(options: CreateAjvOptions = {}): Ajv {
  const ajv = new Ajv({
    allErrors: options.allErrors ?? true,
    strict: options.strict ?? true,
    strictRequired: false,
    allowUnionTypes: true,
    multipleOfPrecision: 8,
  });
  addFormats(ajv);
  // ajv-formats' `date` (a regex match, then the month's length) read character by character: the
  // same verdict (a property test holds them equal), cheaper on the dates of every check. Its
  // `compare`, which formatMinimum/formatMaximum use, is kept.
  const date = ajv.formats.date as FormatDefinition<string>;
  ajv.addFormat('date', { ...date, validate: isIsoDate });
  return extendAjv(ajv);
}
