import { canonicalJson, type WorkCalendar } from '@onewindow/runtime/engine';
import { type ClockNow, caseDeadlines } from '../cases/case-clocks.ts';
import { requestClock } from '../cases/case-context.ts';
import { getItemTiming } from '../cases/item-timing.ts';
import type { AppDeps } from '../deps.ts';
import { ConflictError, StorageError } from '../errors/index.ts';
import { nativeSha256Hex } from '../native-sha256.ts';
import type { AuditDraft, CaseClockState, DeadlineUpdate, JsonObject } from '../storage/port.ts';
import { getWorkCalendar } from './work-calendar.ts';

/**
 * Cases read, recomputed and rewritten per batch: one short write, never one per case, and the event
 * loop is free between batches, so requests arriving meanwhile wait for one batch at most.
 */
export const RECOMPUTE_BATCH = 100;
/** A batch that keeps meeting concurrent transitions is re-read this many times before giving up. */
const MAX_ATTEMPTS = 5;
/** The `action` of the `calendar` audit record that closes a recomputation (with its counts). */
export const DEADLINES_RECOMPUTED = 'deadlines-recomputed';

export interface RecomputeDeadlinesArgs {
  /** The year whose calendar was written. */
  year: number;
  actor: string;
  at: string;
}

export interface RecomputeDeadlinesResult {
  /** Open cases whose clocks the year's calendar may move. */
  checked: number;
  /** Of those, the cases whose stored deadlines changed. */
  changed: number;
}

interface Change {
  update: DeadlineUpdate;
  record: JsonObject;
}

/** The stored deadlines of one case as the calendar now counts them, or null when they stand. */
async function changeOf(
  deps: AppDeps,
  c: CaseClockState,
  calendar: WorkCalendar,
  now: ClockNow,
): Promise<Change | null> {
  const deadlines = caseDeadlines(c, await getItemTiming(deps, c.definition), calendar, now);
  if (!deadlines) return null;
  const promisedDue = deadlines.promised.due;
  const statutoryDue = deadlines.statutory.due;
  const dueProvisional = deadlines.promised.provisional.length + deadlines.statutory.provisional.length > 0;
  if (
    promisedDue === c.promisedDue &&
    statutoryDue === c.statutoryDue &&
    dueProvisional === c.dueProvisional
  ) {
    return null;
  }
  return {
    update: { caseId: c.id, expectedRevision: c.revision, promisedDue, statutoryDue, dueProvisional },
    record: {
      case: c.id,
      caseNumber: c.caseNumber,
      revision: c.revision,
      promisedDue: [c.promisedDue, promisedDue],
      statutoryDue: [c.statutoryDue, statutoryDue],
      dueProvisional: [c.dueProvisional, dueProvisional],
    },
  };
}

/**
 * After a year's holiday calendar was written: recomputes the stored deadlines (promised, statutory,
 * provisional) of every open case whose clock the year may move — those computed provisionally, and
 * those running through the year — so the inbox's due-date and light filters and the public progress
 * agree with the case page, which computes its clocks fresh.
 *
 * Bounded: the cases are read a batch at a time in receipt order and each batch's changes are ONE store
 * write (conditional on each case's revision) with ONE `calendar` audit record; the record refers to
 * the list of changes (old and new dates per case) stored once by hash, as check records refer to
 * their facts. Consistent with concurrent transitions: a batch one of them overtook is re-read and
 * recomputed (a transition itself computes with the new calendar in this process and in the other
 * workers of its cluster at once, and in servers on other machines within the calendar cache's minute). Idempotent: a second run finds nothing to
 * change and writes nothing but its closing record, so re-running it (a retried PUT) is always safe.
 * A closing `calendar` record (`deadlines-recomputed`, with the counts) marks it complete: a process
 * stopped half way is finished by the next start (`resumeDeadlineRecomputes`).
 */
export async function recomputeDeadlines(
  deps: AppDeps,
  { year, actor, at }: RecomputeDeadlinesArgs,
): Promise<RecomputeDeadlinesResult> {
  const calendar = await getWorkCalendar(deps);
  const { now } = requestClock(deps);
  let checked = 0;
  let changed = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await recomputeBatch(deps, { year, actor, at, after, calendar, now });
    checked += batch.read;
    changed += batch.changed;
    if (batch.next === null) break;
    after = batch.next;
    // Reads answer synchronously in the embedded store: let waiting requests in between batches.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  // The mark that the calendar write is fully applied (see `resumeDeadlineRecomputes`).
  await deps.store.appendAudit({
    record: {
      kind: 'calendar',
      at,
      actor,
      subject: `calendar@${year}`,
      payload: { action: DEADLINES_RECOMPUTED, year, checked, changed },
    },
  });
  return { checked, changed };
}

async function recomputeBatch(
  deps: AppDeps,
  args: RecomputeDeadlinesArgs & { after?: string; calendar: WorkCalendar; now: ClockNow },
): Promise<{ read: number; changed: number; next: string | null }> {
  for (let attempt = 1; ; attempt++) {
    const { cases, next } = await deps.store.listRunningClocks({
      year: args.year,
      after: args.after,
      limit: RECOMPUTE_BATCH,
    });
    const changes: Change[] = [];
    for (const c of cases) {
      const change = await changeOf(deps, c, args.calendar, args.now);
      if (change) changes.push(change);
    }
    const result = { read: cases.length, changed: changes.length, next };
    if (changes.length === 0) return result;
    const facts = { year: args.year, changes: changes.map((c) => c.record) };
    const canonical = canonicalJson(facts);
    const factsHash = nativeSha256Hex(canonical);
    const audit: AuditDraft = {
      kind: 'calendar',
      at: args.at,
      actor: args.actor,
      subject: `calendar@${args.year}`,
      factsHash,
      payload: {
        action: 'recompute-deadlines',
        year: args.year,
        cases: changes.length,
        firstCase: changes[0].update.caseId,
        lastCase: changes[changes.length - 1].update.caseId,
      },
    };
    try {
      await deps.store.updateCaseDeadlines({
        updates: changes.map((c) => c.update),
        audit: [audit],
        facts: { hash: factsHash, facts, canonical },
      });
      return result;
    } catch (error) {
      if (!(error instanceof ConflictError) || error.code !== 'REVISION_CONFLICT') throw error;
      if (attempt >= MAX_ATTEMPTS) {
        throw new StorageError('Deadlines could not be recomputed: the cases kept changing meanwhile.', {
          status: 503,
          cause: error,
        });
      }
    }
  }
}
