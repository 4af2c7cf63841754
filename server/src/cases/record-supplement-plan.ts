import { checkAuditDraft } from '../audit/record-check.ts';
import type { CaseRecord, JsonObject } from '../storage/port.ts';
import type { CaseActionInput } from './action-input.ts';
import type { ActionPlan, PlanContext } from './action-plans.ts';
import { applicantName } from './applicant-name.ts';
import { attachmentRefs } from './resolve-attachments.ts';
import { runCaseCheck } from './run-case-check.ts';

/**
 * 补正材料已收齐: re-runs the authoritative check on the corrected form (when given) and the materials
 * provided so far plus those brought now, with today's date, under the pinned definition; scans brought
 * with it join the case's attachments. The new check
 * replaces the outcome in force (an earlier override judged other facts). Before acceptance its date is
 * the day the case became complete from, so acceptance dates from it (DOMAIN.md); after acceptance the
 * clock stays suspended until `resume`.
 */
export function planRecordSupplement(c: CaseRecord, input: CaseActionInput, ctx: PlanContext): ActionPlan {
  const formData = input.formData ?? c.formData;
  const materials = [...new Set([...c.materials, ...(input.materials ?? [])])];
  const judged = runCaseCheck(
    ctx.compiled,
    { formData, materials },
    { ...ctx.now, calendar: ctx.calendar, trigger: 'supplement' },
  );
  const { result } = judged;
  const added = judged.materials.filter((m) => !c.materials.includes(m));
  const attached = new Set(c.attachments.map((a) => `${a.material}\n${a.sha256}`));
  const newScans = (ctx.attachments ?? []).filter((a) => !attached.has(`${a.material}\n${a.sha256}`));
  const scans: JsonObject = newScans.length > 0 ? { attachmentsAdded: attachmentRefs(newScans) } : {};
  return {
    patch: {
      formData: judged.form,
      materials: judged.materials,
      ...(newScans.length > 0 ? { attachments: [...c.attachments, ...newScans] } : {}),
      applicantName: applicantName(ctx.compiled, judged.form) || c.applicantName,
      check: judged.summary,
      outcome: result.outcome,
      override: null,
    },
    data: {
      outcome: result.outcome,
      factsHash: result.factsHash,
      materialsAdded: added,
      formChanged: input.formData !== undefined,
      ...scans,
    },
    audit: { outcome: result.outcome, materialsAdded: added, ...scans },
    auditKind: 'transition',
    extraAudit: [checkAuditDraft({ result, actor: ctx.actor, subject: c.id, at: ctx.at })],
    facts: judged.snapshot,
    check: result,
  };
}
