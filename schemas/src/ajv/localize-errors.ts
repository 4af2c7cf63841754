import type { ErrorObject } from 'ajv';
import type { Locale } from '../formats/index.ts';
import { errorMessage } from './error-message.ts';
import { compareErrors } from './error-path.ts';

/**
 * Copies of ajv's errors with `message` in `locale`, in a fixed order (field path, then keyword).
 * The input is left untouched.
 */
export function localizeErrors(errors: readonly ErrorObject[], locale: Locale): ErrorObject[] {
  return errors.map((e) => ({ ...e, message: errorMessage(e)[locale] })).sort(compareErrors);
}

/**
 * A localizer in ajv-i18n's shape, which rewrites and orders the errors in place: pass it to rjsf's
 * `customizeValidator(options, createLocalizer('zh-CN'))` so the form speaks like the engine.
 */
export function createLocalizer(locale: Locale): (errors?: ErrorObject[] | null) => void {
  return (errors) => {
    if (!errors) return;
    for (const e of errors) e.message = errorMessage(e)[locale];
    errors.sort(compareErrors);
  };
}
