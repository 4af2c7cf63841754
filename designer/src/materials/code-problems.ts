/** Why a material or fee code is not acceptable (the schema's pattern, uniqueness), if it is not. */
export type CodeProblem = 'missing' | 'pattern' | 'duplicate';

const CODE = /^[A-Za-z][A-Za-z0-9_-]{0,39}$/;

/** How many entries use each code. */
export function countCodes(items: readonly { code: string }[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { code } of items) counts.set(code, (counts.get(code) ?? 0) + 1);
  return counts;
}

/** The problem of one code among `counts` (see {@link countCodes}), or null when it is fine. */
export function codeProblem(
  code: string | undefined,
  counts: ReadonlyMap<string, number>,
): CodeProblem | null {
  if (!code) return 'missing';
  if (!CODE.test(code)) return 'pattern';
  return (counts.get(code) ?? 0) > 1 ? 'duplicate' : null;
}
