import type { ItemTest } from '@onewindow/schemas';

/** A test's name, or '' for a test typed by hand in the JSON tab without one. */
export function testName(test: ItemTest | null | undefined): string {
  return typeof test?.name === 'string' ? test.name : '';
}

/** Why a test name cannot be used (a message key), or null: names are required and unique (lint says so too). */
export function nameProblem(
  name: string,
  otherNames: readonly string[],
): 'tests.nameRequired' | 'tests.nameTaken' | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'tests.nameRequired';
  return otherNames.includes(trimmed) ? 'tests.nameTaken' : null;
}

/** `wanted`, or `wanted` with the first free number after it, so no two tests share a name (lint requires it). */
export function uniqueName(wanted: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(wanted)) return wanted;
  for (let n = 2; ; n++) {
    const candidate = `${wanted} ${n}`;
    if (!names.has(candidate)) return candidate;
  }
}
