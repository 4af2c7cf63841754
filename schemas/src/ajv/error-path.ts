import type { ErrorObject } from 'ajv';

/** Keywords whose error sits on the object but whose offending field is the missing property. */
const MISSING_PROPERTY_KEYWORDS = new Set(['required', 'dependencies', 'dependentRequired']);

function escapePointerSegment(segment: string): string {
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

/**
 * Orders JSON pointers segment by segment, array indexes by number (`/items/2` before `/items/10`)
 * and everything else by code unit, so the order does not depend on the machine's locale.
 */
export function comparePointers(a: string, b: string): number {
  const as = a.split('/');
  const bs = b.split('/');
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    if (as[i] === bs[i]) continue;
    const bothIndexes = /^\d+$/.test(as[i]) && /^\d+$/.test(bs[i]);
    return bothIndexes ? Number(as[i]) - Number(bs[i]) : compareText(as[i], bs[i]);
  }
  return as.length - bs.length;
}

/** Sort order for errors: by field path, then keyword, then schema path, so equal input gives an equal list. */
export function compareErrors(a: ErrorObject, b: ErrorObject): number {
  return (
    comparePointers(errorPath(a), errorPath(b)) ||
    compareText(a.keyword, b.keyword) ||
    compareText(a.schemaPath, b.schemaPath)
  );
}
