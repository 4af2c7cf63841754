import { type CompiledItem, check, type JudgedFacts, type WorkCalendar } from '@onewindow/runtime/engine';
import type { CaseInput, CheckResult } from '@onewindow/schemas';
import { checkSummary } from '../audit/record-check.ts';
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

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Runs the authoritative check of a case on `today` under its pinned, compiled definition. The facts
 * snapshot is what the engine judged and hashed (`onFacts`): its canonical text is the very text of
 * `factsHash`, with no second pruning, writing or hashing here (the store checks the hash again).
 */
export function runCaseCheck(
  compiled: CompiledItem,
  input: CaseInput,
  ctx: { today: string; calendar: WorkCalendar; trigger: CheckTrigger },
): CaseCheck {
  let judged: { facts: JudgedFacts; canonical: string } | undefined;
  const result = check(compiled, input, {
    today: ctx.today,
    calendar: ctx.calendar,
    onFacts: (facts) => {
      judged = { facts, canonical: UTF8.decode(facts.canonical) };
    },
  });
  if (judged === undefined) throw new Error('the engine reported no facts for the check');
  const { form: judgedForm, materials: judgedMaterials } = judged.facts;
  const form = isObject(judgedForm) ? judgedForm : {};
  const materials = [...judgedMaterials];
  return {
    result,
    snapshot: {
      hash: result.factsHash,
      facts: { form: judgedForm, materials, today: result.today },
      canonical: judged.canonical,
    },
    form,
    materials,
    summary: { ...checkSummary(result), trigger: ctx.trigger },
  };
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
