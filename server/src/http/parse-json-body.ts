import { ValidationError } from '../errors/index.ts';
import { findJsonSyntaxProblem } from './find-json-syntax-problem.ts';
import { findForbiddenKey, isForbiddenKey } from './forbidden-keys.ts';

/** Arrays and objects nest at most this deep in a request body. */
export const MAX_BODY_DEPTH = 64;

/** What a parsed body holds that it may not: nesting past the limit, or a forbidden key somewhere. */
type Refusal = 'too-deep' | 'forbidden-key' | null;

/**
 * One pass over a parsed value, without recursion (JSON.parse itself is iterative, so a body nested
 * a million deep parses; it must not overflow the stack here either): nesting deeper than `maxDepth`
 * arrays and objects, else any forbidden key. Keys are own keys, so a `__proto__` that JSON.parse
 * created is seen as the own key it is.
 */
function refusalOf(value: unknown, maxDepth: number): Refusal {
  if (value === null || typeof value !== 'object') return null;
  const nodes: object[] = [value];
  const depths: number[] = [1];
  let forbidden = false;
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > maxDepth) return 'too-deep';
    if (Array.isArray(node)) {
      for (const item of node) {
        if (item !== null && typeof item === 'object') {
          nodes.push(item);
          depths.push(depth + 1);
        }
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      if (!forbidden && isForbiddenKey(key)) forbidden = true;
      const item = (node as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') {
        nodes.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return forbidden ? 'forbidden-key' : null;
}

function malformed(text: string): ValidationError {
  const problem = findJsonSyntaxProblem(text, MAX_BODY_DEPTH);
  if (!problem) {
    return new ValidationError('The request body is not valid JSON.', {
      status: 400,
      code: 'MALFORMED_JSON',
    });
  }
  return new ValidationError(
    `The request body is not valid JSON: ${problem.reason} at line ${problem.line}, column ${problem.column}.`,
    {
      status: 400,
      code: 'MALFORMED_JSON',
      extensions: { line: problem.line, column: problem.column, offset: problem.offset },
    },
  );
}

/**
 * Reads a request body as JSON, refusing (400) malformed text with the line and column where it
 * broke, nesting deeper than {@link MAX_BODY_DEPTH}, and forbidden keys (`__proto__`, `$where`, ...)
 * anywhere in it. V8's JSON.parse reads it first (fast, and iterative, so deep input cannot overflow
 * it); only a body it refuses, or one nested too deep, is scanned again for where the problem is. The
 * parsed value is checked before anything else sees it: nothing downstream holds a forbidden key.
 */
export function parseJsonBody(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed(text);
  }
  const refusal = refusalOf(value, MAX_BODY_DEPTH);
  if (refusal === 'too-deep') throw malformed(text);
  if (refusal === 'forbidden-key') throw forbiddenKeyError(findForbiddenKey(value) ?? '');
  return value;
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
