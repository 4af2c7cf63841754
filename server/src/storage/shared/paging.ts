/** Page sizes: small pages by default, a hard ceiling so no query reads a whole table by accident. */
export const INBOX_PAGE = { default: 20, max: 200 } as const;
export const AUDIT_PAGE = { default: 100, max: 1000 } as const;

/** A whole number within [min, max], or `fallback` when absent or not a number. */
export function clampInt(value: number | undefined, fallback: number, min: number, max: number): number {
  if (value === undefined || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}
