import type { CheckResult } from '@onewindow/schemas';
import type { AuditDraft, CheckSummary, Instant } from '../storage/port.ts';

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
 * `factsHash` naming the facts snapshot that must be stored with it (see `runCaseCheck`).
 */
export function checkAuditDraft({ result, actor, subject, at }: CheckAuditDraftArgs): AuditDraft {
  return { kind: 'check', at, actor, subject, factsHash: result.factsHash, payload: checkSummary(result) };
}
