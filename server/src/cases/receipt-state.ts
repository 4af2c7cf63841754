import type { CompiledItem } from '@onewindow/runtime/engine';
import type { CaseAttachment, CasePatch } from '../storage/port.ts';
import { applicantName } from './applicant-name.ts';
import type { CaseCheck } from './run-case-check.ts';

/**
 * What a case holds at receipt (收件) besides its identity: the authoritative check's judgement, the
 * scans, and clocks not started yet. A receipt files it, and a replayed receipt rebuilds the first
 * answer from it, so the two cannot drift apart.
 */
export function receiptState(
  compiled: CompiledItem,
  judged: CaseCheck,
  attachments: CaseAttachment[],
): Required<CasePatch> {
  return {
    status: 'received',
    formData: judged.form,
    materials: judged.materials,
    attachments,
    applicantName: applicantName(compiled, judged.form),
    outcome: judged.result.outcome,
    check: judged.summary,
    override: null,
    acceptedAt: null,
    promisedDue: null,
    statutoryDue: null,
    dueProvisional: false,
    pauses: [],
    extensions: [],
    concludedAt: null,
  };
}
