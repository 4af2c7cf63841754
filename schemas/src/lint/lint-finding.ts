import { comparePointers } from '../ajv/index.ts';
import type { BilingualText } from '../formats/index.ts';

/** `error` blocks publishing a version; `warning` is shown to the administrator and never blocks. */
export type LintSeverity = 'error' | 'warning';

/** One thing wrong (or suspicious) in a service-item definition. Data, never an exception. */
export interface LintFinding {
  severity: LintSeverity;
  /** Stable identifier, e.g. `rule-unknown-field`; the designer and tests key on it. */
  code: string;
  /** JSON pointer into the definition, e.g. `/rules/3/conditions/all/0/path`; `''` is the whole definition. */
  pointer: string;
  message: BilingualText;
}

export function finding(
  severity: LintSeverity,
  code: string,
  pointer: string,
  zh: string,
  en: string,
): LintFinding {
  return { severity, code, pointer, message: { 'zh-CN': zh, en } };
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Pointer (array indexes numerically), then code, then message: equal input gives an equal list. */
export function compareFindings(a: LintFinding, b: LintFinding): number {
  return (
    comparePointers(a.pointer, b.pointer) ||
    compareText(a.code, b.code) ||
    compareText(a.message.en, b.message.en) ||
    compareText(a.severity, b.severity)
  );
}

/** Whether any finding blocks publishing. */
export function hasErrors(findings: readonly LintFinding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
