import { type CharSet, charSetOf, complementSet, MAX_CODE_POINT, setSize, unionSets } from './char-set.ts';

/** `\d` */
export const DIGIT: CharSet = charSetOf([[0x30, 0x39]]);
/** `\w` (without the `i` flag) */
export const WORD: CharSet = charSetOf([
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
]);
/** `\s`: WhiteSpace and LineTerminator of ECMA-262 */
export const SPACE: CharSet = charSetOf([
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
/** `.` without the `s` flag: anything but a line terminator */
export const DOT: CharSet = complementSet(
  charSetOf([
    [0x0a, 0x0a],
    [0x0d, 0x0d],
    [0x2028, 0x2029],
  ]),
);

const propertyCache = new Map<string, CharSet>();

/**
 * The code points of `\p{name}`, found by asking the platform's own RegExp about every code point
 * (about 60 ms, once per property name), so the analysis knows exactly what `\p{Script=Han}` holds.
 * Throws when the platform does not know the property; the caller compiled the pattern first.
 */
export function propertySet(name: string): CharSet {
  const cached = propertyCache.get(name);
  if (cached) return cached;
  const re = new RegExp(`^\\p{${name}}$`, 'u');
  const ranges: [number, number][] = [];
  let start = -1;
  for (let cp = 0; cp <= MAX_CODE_POINT + 1; cp++) {
    const inside = cp <= MAX_CODE_POINT && re.test(String.fromCodePoint(cp));
    if (inside && start < 0) start = cp;
    if (!inside && start >= 0) {
      ranges.push([start, cp - 1]);
      start = -1;
    }
  }
  const set = charSetOf(ranges);
  propertyCache.set(name, set);
  return set;
}

/** Above this many code points a set is left as it is under `i`: it already overlaps nearly everything. */
const CASE_FOLD_LIMIT = 20_000;

/**
 * The set with the other case of each of its characters added, for `(?i:...)` groups. Uses
 * `toLowerCase`/`toUpperCase` as an approximation of Unicode simple case folding.
 */
export function caseFold(set: CharSet): CharSet {
  if (setSize(set) > CASE_FOLD_LIMIT) return set;
  const extra: [number, number][] = [];
  for (let i = 0; i < set.length; i += 2) {
    for (let cp = set[i]; cp <= set[i + 1]; cp++) {
      const char = String.fromCodePoint(cp);
      for (const other of [char.toLowerCase(), char.toUpperCase()]) {
        const code = other.codePointAt(0);
        if (code !== undefined && other.length === String.fromCodePoint(code).length)
          extra.push([code, code]);
      }
    }
  }
  return unionSets(set, charSetOf(extra));
}
