import type { CaseInput } from '@onewindow/schemas';
import { DefinitionIntegrityError } from '../definitions/definition-integrity-error.ts';
import type { AppDeps } from '../deps.ts';
import { StorageError, ValidationError } from '../errors/index.ts';
import type { CaseRecord } from '../storage/port.ts';
import { type CaseClocks, caseClocks, clockAt } from './case-clocks.ts';
import { loadCaseContext } from './case-context.ts';
import { caseViewWithClocks } from './case-view.ts';
import { unsealQueryCode } from './receipt-idempotency.ts';
import { receiptState } from './receipt-state.ts';
import type { ReceiptAnswer } from './receive-case.ts';
import { runCaseCheck } from './run-case-check.ts';

export interface ReceiptRetry {
  /** The fingerprint of the retried request: it must be the first request's. */
  requestHash: string;
  /** Opens the query code sealed in the receipt event (derived from the Idempotency-Key). */
  sealKey: Buffer;
}

/**
 * The answer of an idempotent receipt's retry: exactly what the first request answered, whatever
 * happened since (the version retired, the case accepted, supplemented or overridden, a calendar
 * changed). The case is rebuilt as it was filed — its identity, the state the receipt's check gave it
 * (re-run on the receipt's stored facts: the engine is a pure function of them), the scans attached
 * at receipt (the first of its attachments), and the clocks the first answer carried (kept in the
 * receipt event). The same key with another body is refused (422).
 */
export async function replayReceipt(
  deps: AppDeps,
  filed: CaseRecord,
  { requestHash, sealKey }: ReceiptRetry,
): Promise<ReceiptAnswer> {
  const [receipt] = await deps.store.listCaseEvents({ caseId: filed.id });
  if (receipt?.data.requestHash !== requestHash) {
    throw new ValidationError('This Idempotency-Key was already used for a different receipt.', {
      code: 'IDEMPOTENCY_KEY_REUSED',
      extensions: { caseId: filed.id },
    });
  }
  const [ctx, [checkRecord]] = await Promise.all([
    loadCaseContext(deps, filed.definition),
    deps.store.listAudit({ subject: filed.id, kind: 'check', limit: 1 }),
  ]);
  const factsHash = checkRecord?.factsHash;
  const facts = factsHash ? await deps.store.getFacts({ hash: factsHash }) : null;
  if (!facts) throw new StorageError(`The receipt check of case ${filed.caseNumber} is not on record.`);
  const { form, materials, today } = facts as {
    form: CaseInput['formData'];
    materials: string[];
    today: string;
  };
  const judged = runCaseCheck(
    ctx.compiled,
    { formData: form, materials },
    { today, calendar: ctx.calendar, trigger: 'receipt' },
  );
  if (judged.result.factsHash !== factsHash) {
    throw new DefinitionIntegrityError(
      `Re-running the receipt check of case ${filed.caseNumber} no longer gives the facts it recorded.`,
      { code: 'RECEIPT_REPLAY_MISMATCH' },
    );
  }
  const scans = Array.isArray(receipt.data.attachments) ? receipt.data.attachments.length : 0;
  const first: CaseRecord = {
    ...filed,
    ...receiptState(ctx.compiled, judged, filed.attachments.slice(0, scans)),
    updatedAt: filed.receivedAt,
    revision: 1,
  };
  // Receipts filed before the clocks were kept in the event: their clocks as of the receipt instant.
  const clocks =
    (receipt.data.receiptClocks as unknown as CaseClocks | undefined) ??
    caseClocks(first, ctx.timing, ctx.calendar, clockAt(filed.receivedAt, ctx.now.timeZone));
  const sealed = receipt.data.sealedQueryCode;
  const queryCode = typeof sealed === 'string' ? unsealQueryCode(sealKey, sealed) : null;
  return { created: false, case: caseViewWithClocks(first, clocks), check: judged.result, queryCode };
}
