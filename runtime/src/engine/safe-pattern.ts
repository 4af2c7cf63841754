import { isSafePattern, PATTERN_FLAGS } from '@onewindow/schemas';

const compiled = new Map<string, RegExp | null>();
const MAX_CACHED_PATTERNS = 512;

/** Whether `pattern` parses as a regex with the flags `matchesPattern` uses (those of ajv's `pattern`). */
export function isValidPattern(pattern: string): boolean {
  try {
    new RegExp(pattern, PATTERN_FLAGS);
    return true;
  } catch {
    return false;
  }
}

/**
 * The regex for a `matchesPattern` value, compiled once and cached; null when it does not parse or
 * the lint's `isSafePattern` finds that it can backtrack catastrophically.
 */
export function compileSafePattern(pattern: string): RegExp | null {
  const cached = compiled.get(pattern);
  if (cached !== undefined) return cached;
  const regex = isValidPattern(pattern) && isSafePattern(pattern) ? new RegExp(pattern, PATTERN_FLAGS) : null;
  if (compiled.size < MAX_CACHED_PATTERNS) compiled.set(pattern, regex);
  return regex;
}
