type Json = unknown;

const isObject = (v: Json): v is Record<string, Json> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const escapeSegment = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

function deepEqual(a: Json, b: Json): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    return (
      keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]))
    );
  }
  return false;
}

/**
 * Where two JSON documents differ, as JSON pointers in document order, at most `depth` segments deep
 * (a difference further down is reported at that depth): a summary of "theirs vs mine" for a save
 * conflict, which needs to say where, not how. Equal documents give [].
 */
export function differingPointers(a: Json, b: Json, depth = 4, at = ''): string[] {
  if (Object.is(a, b)) return [];
  const levelsLeft = depth - (at === '' ? 0 : at.split('/').length - 1);
  if (levelsLeft <= 0) return deepEqual(a, b) ? [] : [at];
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      out.push(...differingPointers(a[i], b[i], depth, `${at}/${i}`));
    }
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.hasOwn(a, k))];
    return keys.flatMap((k) => differingPointers(a[k], b[k], depth, `${at}/${escapeSegment(k)}`));
  }
  return [at];
}
