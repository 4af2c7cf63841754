import type { ServiceItem } from '@onewindow/schemas';
import { type JsonSyntaxProblem, parseJson } from './parse-json.ts';

/** Why a JSON text cannot replace the working copy. */
export type JsonRefusal =
  | { kind: 'syntax'; problem: JsonSyntaxProblem }
  | { kind: 'not-object' }
  | { kind: 'code-changed'; from: string; to: string };

/**
 * Reads the JSON tab's text as a replacement for the definition of item `code`: it must parse, be an
 * object, and keep the code (the code names the draft on the server; a new code is a new item).
 * Schema problems are not refused here: lint shows them, as for any other edit.
 */
export function readDefinitionText(
  text: string,
  code: string,
): { ok: true; definition: ServiceItem } | { ok: false; refusal: JsonRefusal } {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, refusal: { kind: 'syntax', problem: parsed.problem } };
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, refusal: { kind: 'not-object' } };
  }
  const to = (value as { code?: unknown }).code;
  if (to !== code) {
    return {
      ok: false,
      refusal: { kind: 'code-changed', from: code, to: to === undefined ? '—' : JSON.stringify(to) },
    };
  }
  return { ok: true, definition: value as ServiceItem };
}
