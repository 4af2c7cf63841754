import type { IncomingHttpHeaders } from 'node:http';
import { ValidationError } from '../errors/index.ts';
import { PreconditionRequiredError } from './precondition-required-error.ts';

const REVISION_TAG = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/;

/** The ETag of a draft revision, as `GET /api/items/:code/draft` sends it and `If-Match` returns it. */
export function revisionETag(revision: number): string {
  return `"${revision}"`;
}

/**
 * The draft revision an `If-Match` header names (`"3"`, `3` or `W/"3"`), or null when the header is
 * absent. Anything else (a list, `*`, a word) is a 400: the client must name one revision.
 */
export function readIfMatch(headers: IncomingHttpHeaders): number | null {
  const raw = headers['if-match'];
  if (raw === undefined || raw === '') return null;
  const match = REVISION_TAG.exec(Array.isArray(raw) ? raw.join(',') : raw);
  if (!match) {
    throw new ValidationError('If-Match must name one draft revision, e.g. If-Match: "3".', {
      status: 400,
      code: 'BAD_IF_MATCH',
    });
  }
  return Number(match[1]);
}

/** Like {@link readIfMatch}, but a missing header is a 428: overwriting a draft needs its revision. */
export function requireIfMatch(headers: IncomingHttpHeaders, what: string): number {
  const revision = readIfMatch(headers);
  if (revision === null) {
    throw new PreconditionRequiredError(
      `${what} needs an If-Match header with the draft revision it was based on (GET the draft for its ETag).`,
    );
  }
  return revision;
}
