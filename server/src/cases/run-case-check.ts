import { type CompiledItem, check, type WorkCalendar } from '@onewindow/runtime/engine';
import type { CaseInput, CheckResult } from '@onewindow/schemas';
import { checkFactsSnapshot, checkSummary } from '../audit/record-check.ts';
import type { CheckSummary, FactsSnapshot, JsonObject } from '../storage/port.ts';

/** Why a check ran: at receipt, or on a recorded supplement (补正). */
export type CheckTrigger = 'receipt' | 'supplement';

/** An authoritative check of a case, with everything the case and the audit log keep of it. */
export interface CaseCheck {
  result: CheckResult;
  /** The facts `{form, materials, today}`, stored once by hash. */
  snapshot: FactsSnapshot;
  /** The form after the hidden-field policy: what was judged, so what the case stores. */
  form: JsonObject;
  /** Material codes as the engine read them (unique, sorted). */
  materials: string[];
  /**
   * The case's `check`: the audit summary plus `trigger`. Its `today` is the check date — the receipt
   * date, or the day a supplement came in — which before acceptance is the day the case was complete
   * from: it starts the acceptance window and, after a supplement, becomes the acceptance date.
   */
  summary: CheckSummary;
}

/** Runs the authoritative check of a case on `today` under its pinned, compiled definition. */
export function runCaseCheck(
  compiled: CompiledItem,
  input: CaseInput,
  ctx: { today: string; calendar: WorkCalendar; trigger: CheckTrigger },
): CaseCheck {
  const result = check(compiled, input, { today: ctx.today, calendar: ctx.calendar });
  const snapshot = checkFactsSnapshot({ compiled, input, result });
  const facts = snapshot.facts as { form: unknown; materials: string[] };
  const form =
    facts.form !== null && typeof facts.form === 'object' && !Array.isArray(facts.form) ? facts.form : {};
  return {
    result,
    snapshot,
    form: form as JsonObject,
    materials: facts.materials,
    summary: { ...checkSummary(result), trigger: ctx.trigger },
  };
}
