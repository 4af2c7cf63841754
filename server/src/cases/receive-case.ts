import type { CheckResult } from '@onewindow/schemas';
import { checkAuditDraft } from '../audit/record-check.ts';
import { getWorkCalendar } from '../calendars/work-calendar.ts';
import { getCompiledVersion } from '../definitions/compiled-cache.ts';
import type { AppDeps } from '../deps.ts';
import { ConflictError } from '../errors/index.ts';
import type { Actor } from '../http/route.ts';
import type { CaseAttachment, JsonObject, NewCase } from '../storage/port.ts';
import type { AttachmentInput } from './attachment-input.ts';
import { caseClocks } from './case-clocks.ts';
import { requestClock } from './case-context.ts';
import { nextCaseNumber } from './case-number-pool.ts';
import { type CaseView, caseViewWithClocks } from './case-view.ts';
import { itemTiming } from './item-timing.ts';
import { newQueryCode, queryCodeHash } from './query-code.ts';
import { receiptKey, receiptRequestHash, sealQueryCode } from './receipt-idempotency.ts';
import { receiptState } from './receipt-state.ts';
import { type ReceiptRetry, replayReceipt } from './replay-receipt.ts';
import { attachmentRefs, resolveAttachments } from './resolve-attachments.ts';
import { runCaseCheck } from './run-case-check.ts';
import { timeOrderedUuid } from './time-ordered-uuid.ts';

/** A JSON-only value as JSON reads it back (what the store will hand a retry). */
function jsonClone(value: object): JsonObject {
  return JSON.parse(JSON.stringify(value)) as JsonObject;
}

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
 * in ONE store operation. With an `Idempotency-Key`, a retry gets exactly the first answer (see
 * `replayReceipt`) and nothing is written twice; the same key with a different body is refused (422).
 */
export async function receiveCase(
  deps: AppDeps,
  { actor, input, idempotencyKey }: ReceiveCaseArgs,
): Promise<ReceiptAnswer> {
  const key = receiptKey(actor.id, idempotencyKey);
  const materialsIn = input.materials ?? [];
  const attachmentsIn = input.attachments ?? [];
  // Only a receipt with an Idempotency-Key can be retried, so only it needs its fingerprint.
  const retry: ReceiptRetry | null = key.sealKey
    ? {
        sealKey: key.sealKey,
        requestHash: receiptRequestHash({
          code: input.code,
          version: input.version ?? null,
          formData: input.formData,
          materials: materialsIn,
          // Only when there are some: receipts without attachments keep the fingerprint they always had.
          ...(attachmentsIn.length > 0 ? { attachments: attachmentsIn } : {}),
        }),
      }
    : null;
  // A retry is answered from what was filed before anything about the item is read: its version
  // may have been retired since, which must not turn the first request's 201 into a 409.
  if (retry) {
    const filed = await deps.store.getCase({ idempotencyKey: key.storeKey });
    if (filed) return replayReceipt(deps, filed, retry);
  }
  const { now, at } = requestClock(deps);
  // The number is drawn alongside the reads, mostly from a block this process holds already; a
  // receipt that fails later leaves a gap, which case numbers allow.
  const [{ version, compiled }, calendar, caseNumber] = await Promise.all([
    getCompiledVersion(deps, { code: input.code, version: input.version }),
    getWorkCalendar(deps),
    nextCaseNumber(deps, now.today),
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
  const id = timeOrderedUuid();
  const newCase: NewCase = {
    id,
    caseNumber,
    queryCodeHash: queryCodeHash(caseNumber, queryCode),
    definition: { ...compiled.ref },
    itemName: compiled.definition.name['zh-CN'],
    receivedAt: at,
    createdBy: actor.username,
    ...receiptState(compiled, judged, attachments),
  };
  const clocks = caseClocks(newCase, itemTiming(version.definition), calendar, now);
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
        // What a retry needs: its fingerprint, and to answer as this request does, the query code
        // (sealed) and the clocks.
        ...(retry
          ? {
              requestHash: retry.requestHash,
              sealedQueryCode: sealQueryCode(retry.sealKey, queryCode),
              receiptClocks: jsonClone(clocks),
            }
          : {}),
        ...attached,
      },
    },
    audit: [{ ...audit, payload: { ...audit.payload, ...attached } }],
    facts: judged.snapshot,
  });
  if (created) return { created, case: caseViewWithClocks(filed, clocks), check: result, queryCode };
  // Only a key sent again finds a case filed: a receipt without one has a random key of its own.
  if (!retry) throw new Error(`An unkeyed receipt met case ${filed.id} under its key.`);
  return replayReceipt(deps, filed, retry);
}
