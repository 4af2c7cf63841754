import { ValidationError } from '../errors/index.ts';
import { findJsonSyntaxProblem } from './find-json-syntax-problem.ts';
import { findForbiddenKey, isForbiddenKey } from './forbidden-keys.ts';

/** Arrays and objects nest at most this deep in a request body. */
export const MAX_BODY_DEPTH = 64;

class ForbiddenKeyFound extends Error {}

/** Throws as soon as a forbidden key is revived, so nothing downstream ever holds it. */
function guardKeys(key: string, value: unknown): unknown {
  if (isForbiddenKey(key)) throw new ForbiddenKeyFound(key);
  return value;
}

/**
 * Reads a request body as JSON, refusing (400) malformed text with the line and column where it
 * broke, nesting deeper than {@link MAX_BODY_DEPTH}, and forbidden keys (`__proto__`, `$where`, ...)
 * anywhere in it. The check is a `JSON.parse` reviver: the reviver sees every key as `JSON.parse`
 * created it (an own `__proto__` included), before anything could merge it into another object.
 */
export function parseJsonBody(text: string): unknown {
  const problem = findJsonSyntaxProblem(text, MAX_BODY_DEPTH);
  if (problem) {
    throw new ValidationError(
      `The request body is not valid JSON: ${problem.reason} at line ${problem.line}, column ${problem.column}.`,
      {
        status: 400,
        code: 'MALFORMED_JSON',
        extensions: { line: problem.line, column: problem.column, offset: problem.offset },
      },
    );
  }
  try {
    return JSON.parse(text, guardKeys);
  } catch (error) {
    if (error instanceof ForbiddenKeyFound) throw forbiddenKeyError(findForbiddenKey(JSON.parse(text)) ?? '');
    throw new ValidationError('The request body is not valid JSON.', { status: 400, code: 'MALFORMED_JSON' });
  }
}

/** The 400 for a forbidden key at `path` (a JSON pointer; the key is its last segment). */
export function forbiddenKeyError(path: string, where = 'request body'): ValidationError {
  const key = path
    .slice(path.lastIndexOf('/') + 1)
    .replace(/~1/g, '/')
    .replace(/~0/g, '~');
  return new ValidationError(`The key ${JSON.stringify(key)} is not allowed in a ${where}.`, {
    status: 400,
    code: 'FORBIDDEN_KEY',
    extensions: { errors: [{ path, message: `The key ${JSON.stringify(key)} is not allowed.` }] },
  });
}
