import type { ErrorObject } from 'ajv';
import type { BilingualText } from '../formats/index.ts';
import { errorMessage } from './error-message.ts';
import { compareErrors, errorPath } from './error-path.ts';

/** One thing wrong with a form, ready to show beside its field in either language. */
export interface LocalizedFormError {
  /** JSON pointer of the offending field; for a missing property, the property's own pointer. */
  path: string;
  /** The JSON Schema keyword that failed, e.g. `required`, `format`, `minLength`. */
  keyword: string;
  message: BilingualText;
  /** ajv's params for the keyword, e.g. `{ limit: 5 }` or `{ format: 'cn-mobile' }`. */
  params: Record<string, unknown>;
}

/**
 * Turns ajv's errors into form errors: field pointers, zh-CN and en messages, a fixed order, exact
 * duplicates removed. The summary error of a failed `if` is dropped: ajv always reports the failing
 * `then`/`else` errors beside it, and those say what to fix.
 */
export function toFormErrors(errors: readonly ErrorObject[]): LocalizedFormError[] {
  const seen = new Set<string>();
  const result: LocalizedFormError[] = [];
  for (const e of [...errors].sort(compareErrors)) {
    if (e.keyword === 'if') continue;
    const formError: LocalizedFormError = {
      path: errorPath(e),
      keyword: e.keyword,
      message: errorMessage(e),
      params: { ...e.params },
    };
    const key = JSON.stringify([formError.path, formError.keyword, formError.message]);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push(formError);
  }
  return result;
}
