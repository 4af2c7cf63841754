import { type CompiledItem, canonicalJson, toJsonValue } from '@onewindow/runtime/engine';
import type { CaseInput, CheckResult } from '@onewindow/schemas';
import { nativeSha256Hex } from '../native-sha256.ts';
import type { AuditDraft, CheckSummary, FactsSnapshot, Instant, JsonValue } from '../storage/port.ts';

/** At most this many form-error paths are kept in a summary (their count is always kept). */
const MAX_FORM_ERROR_PATHS = 20;

/**
 * What is kept of an authoritative check (a few hundred bytes): the outcome, the definition it ran
 * against, the facts' hash, and what replay compares — fired rules, missing materials, fees. The full
 * result can always be rebuilt by replaying the pinned definition on the stored facts. Use it as a
 * case's `check` too, and as `payload.check` of an override record.
 */
export function checkSummary(result: CheckResult): CheckSummary {
  return {
    outcome: result.outcome,
    factsHash: result.factsHash,
    definition: {
      code: result.definition.code,
      version: result.definition.version,
      hash: result.definition.hash,
    },
    today: result.today,
    engine: result.engine,
    fired: result.rules.filter((r) => r.fired).map((r) => r.id),
    missingMaterials: result.materials.filter((m) => m.missing).map((m) => m.code),
    deferredMaterials: result.materials.filter((m) => m.deferred).map((m) => m.code),
    fees: result.fees.map((f) => f.code),
    feeTotal: result.feeTotal,
    formErrorCount: result.formErrors.length,
    formErrors: result.formErrors.slice(0, MAX_FORM_ERROR_PATHS).map((e) => e.path),
    route: result.route?.to ?? null,
  };
}

export interface CheckAuditDraftArgs {
  result: CheckResult;
  actor: string;
  /** The case id the check was for. */
  subject: string;
  at: Instant;
}

/**
 * The audit record of an authoritative check (kind `check`, about 0.5–2 KB): the summary above, with
 * `factsHash` naming the facts snapshot that must be stored with it (see `checkFactsSnapshot`).
 */
export function checkAuditDraft({ result, actor, subject, at }: CheckAuditDraftArgs): AuditDraft {
  return { kind: 'check', at, actor, subject, factsHash: result.factsHash, payload: checkSummary(result) };
}

export interface CheckFactsSnapshotArgs {
  compiled: CompiledItem;
  input: CaseInput;
  result: CheckResult;
}

/**
 * The facts a check judged, `{form, materials, today}` exactly as the engine hashed them (form data
 * pruned to the active branches, material codes sorted and unique), stored once under
 * `result.factsHash`. Replay re-runs the pinned definition on exactly these.
 */
export function checkFactsSnapshot({ compiled, input, result }: CheckFactsSnapshotArgs): FactsSnapshot {
  const form = compiled.form.prune(toJsonValue(input.formData) ?? {});
  const provided = Array.isArray(input.materials) ? input.materials.filter((m) => typeof m === 'string') : [];
  const facts: JsonValue = { form, materials: [...new Set(provided)].sort(), today: result.today };
  // Written once: hashed here against the engine's hash, and stored as it is by the store.
  const canonical = canonicalJson(facts);
  const hash = nativeSha256Hex(canonical);
  if (hash !== result.factsHash) {
    throw new Error(`facts snapshot hash ${hash} is not the check's factsHash ${result.factsHash}`);
  }
  return { hash, facts, canonical };
}
