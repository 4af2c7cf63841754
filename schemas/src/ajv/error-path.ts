import type { ErrorObject } from 'ajv';

/** Keywords whose error sits on the object but whose offending field is the missing property. */
const MISSING_PROPERTY_KEYWORDS = new Set(['required', 'dependencies', 'dependentRequired']);

function escapePointerSegment(segment: string): string {
  if (!segment.includes('~') && !segment.includes('/')) return segment;
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/**
 * The JSON pointer of the field an error is about: ajv's `instancePath`, except that a missing
 * property (`required`, `dependencies`) points at the property itself, where the UI shows it.
 */
export function errorPath(error: ErrorObject): string {
  const missing = error.params.missingProperty;
  if (MISSING_PROPERTY_KEYWORDS.has(error.keyword) && typeof missing === 'string') {
    return `${error.instancePath}/${escapePointerSegment(missing)}`;
  }
  return error.instancePath;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const CHAR_0 = 48;
const CHAR_9 = 57;

/** Whether `s[from..to)` is a non-empty run of ASCII digits (an array index in a pointer). */
function isIndexSegment(s: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < CHAR_0 || c > CHAR_9) return false;
  }
  return true;
}

/**
 * Orders JSON pointers segment by segment, array indexes by number (`/items/2` before `/items/10`)
 * and everything else by code unit, so the order does not depend on the machine's locale. A pointer
 * that is a prefix of the other comes first. Walks the two strings in place, without splitting them.
 */
export function comparePointers(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  let j = 0;
  for (;;) {
    let iEnd = a.indexOf('/', i);
    let jEnd = b.indexOf('/', j);
    if (iEnd < 0) iEnd = a.length;
    if (jEnd < 0) jEnd = b.length;
    const aSegment = a.slice(i, iEnd);
    const bSegment = b.slice(j, jEnd);
    if (aSegment !== bSegment) {
      const bothIndexes = isIndexSegment(a, i, iEnd) && isIndexSegment(b, j, jEnd);
      // `0` and `00` are the same number but not the same key: the text breaks the tie, so that
      // this is a total order and a sort gives one answer whatever order the errors came in.
      return (bothIndexes && Number(aSegment) - Number(bSegment)) || compareText(aSegment, bSegment);
    }
    const aDone = iEnd === a.length;
    const bDone = jEnd === b.length;
    if (aDone || bDone) return aDone === bDone ? 0 : aDone ? -1 : 1;
    i = iEnd + 1;
    j = jEnd + 1;
  }
}

/** The tie-breaks after the field: keyword, then schema path, both by code unit. */
export function compareErrorKeywords(a: ErrorObject, b: ErrorObject): number {
  return compareText(a.keyword, b.keyword) || compareText(a.schemaPath, b.schemaPath);
}

/** Sort order for errors: by field path, then keyword, then schema path, so equal input gives an equal list. */
export function compareErrors(a: ErrorObject, b: ErrorObject): number {
  return comparePointers(errorPath(a), errorPath(b)) || compareErrorKeywords(a, b);
}
