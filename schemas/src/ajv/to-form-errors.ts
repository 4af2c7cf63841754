import type { ErrorObject } from 'ajv';
import type { BilingualText } from '../formats/index.ts';
import { errorMessage } from './error-message.ts';
import { compareErrorKeywords, comparePointers, errorPath } from './error-path.ts';

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

/** An error with its field pointer, worked out once for the sort and the result. */
interface Located {
  error: ErrorObject;
  path: string;
}

function compareLocated(a: Located, b: Located): number {
  return comparePointers(a.path, b.path) || compareErrorKeywords(a.error, b.error);
}

const sameMessage = (a: BilingualText, b: BilingualText): boolean =>
  a === b || (a['zh-CN'] === b['zh-CN'] && a.en === b.en);

/**
 * Turns ajv's errors into form errors: field pointers, zh-CN and en messages, a fixed order, exact
 * duplicates removed. The summary error of a failed `if` is dropped: ajv always reports the failing
 * `then`/`else` errors beside it, and those say what to fix.
 *
 * Every check with a mistake in its form comes through here, so each pointer is worked out once
 * (not once per comparison) and duplicates are looked for only among the errors at the same field.
 */
export function toFormErrors(errors: readonly ErrorObject[]): LocalizedFormError[] {
  const located: Located[] = [];
  for (const error of errors) if (error.keyword !== 'if') located.push({ error, path: errorPath(error) });
  if (located.length > 1) located.sort(compareLocated);
  const result: LocalizedFormError[] = [];
  const byPath = new Map<string, LocalizedFormError[]>();
  for (const { error, path } of located) {
    const { keyword } = error;
    const message = errorMessage(error);
    const atPath = byPath.get(path);
    if (atPath?.some((e) => e.keyword === keyword && sameMessage(e.message, message))) continue;
    const formError: LocalizedFormError = { path, keyword, message, params: { ...error.params } };
    if (atPath === undefined) byPath.set(path, [formError]);
    else atPath.push(formError);
    result.push(formError);
  }
  return result;
}
