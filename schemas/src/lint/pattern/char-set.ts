/**
 * A set of Unicode code points as sorted, disjoint, non-adjacent inclusive ranges, flattened:
 * `[lo0, hi0, lo1, hi1, ...]`. Small and exact, so that the regex analysis can ask whether two
 * character classes share a character without enumerating them.
 */
export type CharSet = readonly number[];

export const MAX_CODE_POINT = 0x10ffff;
export const EMPTY_SET: CharSet = [];
export const ALL_CHARS: CharSet = [0, MAX_CODE_POINT];

/** The set of the given inclusive ranges, in any order, overlapping or not. */
export function charSetOf(ranges: Iterable<readonly [number, number]>): CharSet {
  const sorted = [...ranges].filter(([lo, hi]) => lo <= hi).sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of sorted) {
    const last = out.length - 1;
    if (last > 0 && lo <= out[last] + 1) out[last] = Math.max(out[last], hi);
    else out.push(lo, hi);
  }
  return out;
}

function rangesOf(set: CharSet): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < set.length; i += 2) ranges.push([set[i], set[i + 1]]);
  return ranges;
}

export function unionSets(...sets: readonly CharSet[]): CharSet {
  return charSetOf(sets.flatMap(rangesOf));
}

export function complementSet(set: CharSet): CharSet {
  const out: [number, number][] = [];
  let next = 0;
  for (let i = 0; i < set.length; i += 2) {
    if (set[i] > next) out.push([next, set[i] - 1]);
    next = set[i + 1] + 1;
  }
  if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
  return charSetOf(out);
}

export function intersectSets(a: CharSet, b: CharSet): CharSet {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i], b[j]);
    const hi = Math.min(a[i + 1], b[j + 1]);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return out;
}

export function setsOverlap(a: CharSet, b: CharSet): boolean {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (Math.max(a[i], b[j]) <= Math.min(a[i + 1], b[j + 1])) return true;
    if (a[i + 1] < b[j + 1]) i += 2;
    else j += 2;
  }
  return false;
}

export function setSize(set: CharSet): number {
  let size = 0;
  for (let i = 0; i < set.length; i += 2) size += set[i + 1] - set[i] + 1;
  return size;
}
