import { randomUUID } from 'node:crypto';
import type { CheckResult } from '@onewindow/schemas';
import { checkAuditDraft } from '../audit/record-check.ts';
import { getWorkCalendar } from '../calendars/work-calendar.ts';
import { getCompiledVersion } from '../definitions/compiled-cache.ts';
import type { AppDeps } from '../deps.ts';
import { ConflictError, ValidationError } from '../errors/index.ts';
import type { Actor } from '../http/route.ts';
import type { CaseAttachment, JsonObject, NewCase } from '../storage/port.ts';
import { applicantName } from './applicant-name.ts';
import type { AttachmentInput } from './attachment-input.ts';
import { requestClock } from './case-context.ts';
import { type CaseView, caseView } from './case-view.ts';
import { itemTiming } from './item-timing.ts';
import { latestCheck } from './latest-check.ts';
import { newQueryCode, queryCodeHash } from './query-code.ts';
import { receiptKey, receiptRequestHash, sealQueryCode, unsealQueryCode } from './receipt-idempotency.ts';
import { attachmentRefs, resolveAttachments } from './resolve-attachments.ts';
import { runCaseCheck } from './run-case-check.ts';

/** 收件 — what the counter sends: the item (latest active version unless one is named) and the case input. */
export interface ReceiptInput {
  code: string;
  version?: number;
  formData: Record<string, unknown>;
  materials?: string[];
  /** 扫描件: files uploaded beforehand (`POST /api/files`), each for one of the item's materials. */
  attachments?: AttachmentInput[];
}

export interface ReceiveCaseArgs {
  actor: Actor;
  input: ReceiptInput;
  /** The `Idempotency-Key` header, if any. */
  idempotencyKey?: string | string[];
}

export interface ReceiptAnswer {
  /** False when an earlier request with the same Idempotency-Key filed the case. */
  created: boolean;
  case: CaseView;
  /** The authoritative check the case was filed with. */
  check: CheckResult;
  /** 查询码 for the applicant: shown on the receipt (and to a retry of it), stored only as a hash. */
  queryCode: string | null;
}

/**
 * 收件: pins the active published version, runs the authoritative check with today's date and the work
 * calendar, verifies the attached scans (stored, of a material of this version, of a type and size it
 * takes), and files the case with its receipt event, the check's audit record and the facts snapshot
 * in ONE store operation. With an `Idempotency-Key`, a retry gets the same case (and the same query
 * code) and nothing is written twice; the same key with a different body is refused (422).
 */
export async function receiveCase(
  deps: AppDeps,
  { actor, input, idempotencyKey }: ReceiveCaseArgs,
): Promise<ReceiptAnswer> {
  const key = receiptKey(actor.id, idempotencyKey);
  const materialsIn = input.materials ?? [];
  const attachmentsIn = input.attachments ?? [];
  const requestHash = receiptRequestHash({
    code: input.code,
    version: input.version ?? null,
    formData: input.formData,
    materials: materialsIn,
    // Only when there are some: receipts without attachments keep the fingerprint they always had.
    ...(attachmentsIn.length > 0 ? { attachments: attachmentsIn } : {}),
  });
  const { now, at } = requestClock(deps);
  // The number is drawn alongside the reads (one write batch fewer on the way); a receipt that fails
  // later leaves a gap, which case numbers allow.
  const [{ version, compiled }, calendar, caseNumber] = await Promise.all([
    getCompiledVersion(deps, { code: input.code, version: input.version }),
    getWorkCalendar(deps),
    deps.store.nextCaseNumber({ day: now.today }),
  ]);
  if (version.status !== 'active') {
    throw new ConflictError(
      `Version ${version.code}@${version.version} is retired: new cases are filed under an active version.`,
      {
        code: 'VERSION_RETIRED',
      },
    );
  }
  const attachments: CaseAttachment[] =
    attachmentsIn.length > 0 ? await resolveAttachments(deps, version.definition, attachmentsIn) : [];
  const caseInput = { formData: input.formData, materials: materialsIn };
  const judged = runCaseCheck(compiled, caseInput, { today: now.today, calendar, trigger: 'receipt' });
  const { result } = judged;
  const queryCode = newQueryCode();
  const id = randomUUID();
  const newCase: NewCase = {
    id,
    caseNumber,
    queryCodeHash: queryCodeHash(caseNumber, queryCode),
    definition: { ...compiled.ref },
    itemName: compiled.definition.name['zh-CN'],
    status: 'received',
    formData: judged.form,
    materials: judged.materials,
    attachments,
    applicantName: applicantName(compiled, judged.form),
    outcome: result.outcome,
    check: judged.summary,
    override: null,
    receivedAt: at,
    acceptedAt: null,
    promisedDue: null,
    statutoryDue: null,
    dueProvisional: false,
    pauses: [],
    extensions: [],
    concludedAt: null,
    createdBy: actor.username,
  };
  // The timeline and the check's audit record keep which files were attached (their SHA-256s).
  const attached: JsonObject = attachments.length > 0 ? { attachments: attachmentRefs(attachments) } : {};
  const audit = checkAuditDraft({ result, actor: actor.username, subject: id, at });
  const { case: filed, created } = await deps.store.createCase({
    idempotencyKey: key.storeKey,
    case: newCase,
    event: {
      type: 'receive',
      at,
      actor: actor.username,
      data: {
        outcome: result.outcome,
        requestHash,
        ...(key.sealKey ? { sealedQueryCode: sealQueryCode(key.sealKey, queryCode) } : {}),
        ...attached,
      },
    },
    audit: [{ ...audit, payload: { ...audit.payload, ...attached } }],
    facts: judged.snapshot,
  });
  const timing = itemTiming(version.definition);
  if (created) {
    return { created, case: caseView(filed, { timing, calendar, now }), check: result, queryCode };
  }

  // A retry: the same request must come with the same key, and gets the answer of the first one.
  const [receipt] = await deps.store.listCaseEvents({ caseId: filed.id });
  if (receipt?.data.requestHash !== requestHash) {
    throw new ValidationError('This Idempotency-Key was already used for a different receipt.', {
      code: 'IDEMPOTENCY_KEY_REUSED',
      extensions: { caseId: filed.id },
    });
  }
  const sealed = receipt.data.sealedQueryCode;
  const code = key.sealKey && typeof sealed === 'string' ? unsealQueryCode(key.sealKey, sealed) : null;
  const pinned = await getCompiledVersion(deps, {
    code: filed.definition.code,
    version: filed.definition.version,
  });
  const ctx = { compiled: pinned.compiled, timing: itemTiming(pinned.version.definition), calendar, now };
  return { created, case: caseView(filed, ctx), check: latestCheck(filed, ctx), queryCode: code };
}
