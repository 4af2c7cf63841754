import { buildPositionAutomaton, TooComplexError } from './build-position-automaton.ts';
import { measureAmbiguity } from './measure-ambiguity.ts';
import { parseRegex, type RegexNode } from './parse-regex.ts';

/** Why a pattern is refused, or that it is safe. */
export type PatternVerdict =
  | { readonly safe: true; readonly degree: number }
  | { readonly safe: false; readonly reason: 'syntax'; readonly detail: string }
  | { readonly safe: false; readonly reason: 'backreference' }
  | { readonly safe: false; readonly reason: 'exponential' }
  | { readonly safe: false; readonly reason: 'polynomial'; readonly degree: number }
  | { readonly safe: false; readonly reason: 'too-complex' };

/** The flags every definition pattern is compiled with: ajv's `pattern` and the engine's `matchesPattern`. */
export const PATTERN_FLAGS = 'u';
/** Longer patterns are refused without analysis. */
export const MAX_PATTERN_LENGTH = 1000;
/**
 * Matching time n^k with k at or above this is refused. Quadratic patterns (`^\w+\s*\w+$`,
 * `^[A-Za-z0-9]+[A-Za-z0-9_-]*$`) are common and cost 10^6 steps at 1,000 characters; cubic ones
 * already cost 10^9, a denial of service on a field of ordinary length.
 */
export const MAX_SAFE_DEGREE = 2;

const cache = new Map<string, PatternVerdict>();
const CACHE_SIZE = 500;

/**
 * Judges a regex from a definition (a form schema `pattern`, a `matchesPattern` value) before anyone
 * runs it: it must compile with the `u` flag, use no backreference, and a backtracking matcher must
 * need at most quadratic time on it. The analysis is exact on the automaton of the pattern, so nested
 * quantifiers whose iterations cannot overlap, such as `^([a-z0-9]+\.)*[a-z]+$`, pass, while
 * `^(a+)+$`, `(a|a)*`, `(\d+)*$`, `(x+x+)+y` (exponential) and `(.*a){3}` (n^3) do not.
 */
export function analyzePattern(pattern: string): PatternVerdict {
  const known = cache.get(pattern);
  if (known) return known;
  const verdict = judge(pattern);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(pattern, verdict);
  return verdict;
}

/** Whether a definition's regex may be run: see {@link analyzePattern}. */
export function isSafePattern(pattern: string): boolean {
  return typeof pattern === 'string' && analyzePattern(pattern).safe;
}

function judge(pattern: string): PatternVerdict {
  try {
    new RegExp(pattern, PATTERN_FLAGS);
  } catch (error) {
    return { safe: false, reason: 'syntax', detail: error instanceof Error ? error.message : String(error) };
  }
  if (pattern.length > MAX_PATTERN_LENGTH) return { safe: false, reason: 'too-complex' };
  try {
    return judgeTree(parseRegex(pattern));
  } catch (error) {
    // TooComplexError, or syntax the parser does not model (e.g. a newer RegExp feature)
    if (error instanceof TooComplexError || error instanceof Error)
      return { safe: false, reason: 'too-complex' };
    throw error;
  }
}

/** The pattern and, as regexes of their own, the bodies of its lookarounds: the worst of them decides. */
function judgeTree(root: RegexNode): PatternVerdict {
  const pending = [root];
  let degree = 0;
  while (pending.length > 0) {
    const automaton = buildPositionAutomaton(pending.pop()!);
    if (automaton.hasBackreference) return { safe: false, reason: 'backreference' };
    const ambiguity = measureAmbiguity(automaton);
    if (ambiguity.kind === 'exponential') return { safe: false, reason: 'exponential' };
    if (ambiguity.kind === 'too-complex') return { safe: false, reason: 'too-complex' };
    if (ambiguity.degree > MAX_SAFE_DEGREE)
      return { safe: false, reason: 'polynomial', degree: ambiguity.degree };
    degree = Math.max(degree, ambiguity.degree);
    pending.push(...automaton.lookarounds);
  }
  return { safe: true, degree };
}
