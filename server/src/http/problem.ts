import { STATUS_CODES } from 'node:http';
import { type AppError, isAppError } from '../errors/index.ts';

/** Where the problem types live; `type` is this plus the error code in kebab case. */
export const PROBLEM_TYPE_BASE = 'https://onewindow.example/problems/';

/** The media type of every error answer (RFC 9457). */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** An RFC 9457 problem document as the API writes it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  code?: string;
  requestId?: string;
  [extension: string]: unknown;
}

/** Words that keep their capitals in a title. */
const ACRONYMS: Readonly<Record<string, string>> = { json: 'JSON', utf: 'UTF', id: 'ID', http: 'HTTP' };

/** `REVISION_CONFLICT` → `Revision conflict`, `MALFORMED_JSON` → `Malformed JSON`: one stable title per type. */
function titleOf(code: string): string {
  const words = code
    .toLowerCase()
    .split('_')
    .map((word) => ACRONYMS[word] ?? word);
  const title = words.join(' ');
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** The members an extension may not overwrite. */
const RESERVED = new Set(['type', 'title', 'status', 'detail', 'instance', 'code', 'requestId']);

/** The problem document of an `AppError`: its code names the type, its extensions ride along. */
export function problemOf(error: AppError, instance: string, requestId: string): Problem {
  const problem: Problem = {
    type: PROBLEM_TYPE_BASE + error.code.toLowerCase().replace(/_/g, '-'),
    title: titleOf(error.code),
    status: error.status,
    detail: error.detail,
    instance,
    code: error.code,
    requestId,
  };
  for (const [key, value] of Object.entries(error.extensions)) {
    if (!RESERVED.has(key)) problem[key] = value;
  }
  return problem;
}

/**
 * The bare problem of a status with nothing else said: `about:blank` and the HTTP reason phrase
 * (RFC 9457 §4.2.1). Unknown errors become this as a 500, so nothing about them leaks.
 */
export function bareProblem(status: number, instance: string, requestId: string): Problem {
  return { type: 'about:blank', title: STATUS_CODES[status] ?? 'Error', status, instance, requestId };
}

export { isAppError };
