import { ConflictError, ValidationError } from '../../errors/index.ts';
import type { CaseClockState, ListRunningClocksArgs, UpdateCaseDeadlinesArgs } from '../port.ts';
import { clampInt } from '../shared/paging.ts';
import { inBatch } from './in-batch.ts';
import type { Db } from './open-sqlite-database.ts';
import type { CaseRow } from './rows.ts';
import type { AuditWriter } from './sqlite-audit.ts';
import type { SyncStore } from './sync-store.ts';

type DeadlineOps = Pick<SyncStore, 'listRunningClocks' | 'updateCaseDeadlines'>;

type ClockRow = Pick<
  CaseRow,
  | 'row'
  | 'id'
  | 'case_number'
  | 'revision'
  | 'item_code'
  | 'item_version'
  | 'definition_hash'
  | 'status'
  | 'accepted_at'
  | 'pauses'
  | 'extensions'
  | 'promised_due'
  | 'statutory_due'
  | 'due_provisional'
>;

function rowCursor(after: string): number {
  const row = Number(after);
  if (!Number.isSafeInteger(row) || row < 0) {
    throw new ValidationError(`Not a cursor of this list: ${JSON.stringify(after)}`, { code: 'BAD_CURSOR' });
  }
  return row;
}

function clockStateFromRow(r: ClockRow): CaseClockState {
  return {
    id: r.id,
    caseNumber: r.case_number,
    revision: r.revision,
    definition: { code: r.item_code, version: r.item_version, hash: r.definition_hash },
    status: r.status,
    acceptedAt: r.accepted_at,
    pauses: JSON.parse(r.pauses),
    extensions: JSON.parse(r.extensions),
    promisedDue: r.promised_due,
    statutoryDue: r.statutory_due,
    dueProvisional: r.due_provisional !== 0,
  };
}

/**
 * Stored deadlines after a calendar change: the open cases a year's calendar may move (one pass over
 * the table in row order — the order cases were filed in — a page at a time, the cursor being the
 * row number), and set-based rewrites of their deadlines, each batch one write of the group commit
 * with its audit record. Row order matters for the rewrite: neighbouring rows sit on the same table
 * and index pages, so a batch dirties a few pages instead of one per case in each of the inbox
 * indexes. Dates and date-times compare as text (`2027-01-04` and `2027-01-04T10:00:00+08:00` both
 * sort inside 2027).
 */
export function sqliteDeadlines(db: Db, audit: AuditWriter): DeadlineOps {
  const running = db.prepare<
    { after: number; yearStart: string; nextYearStart: string; limit: number },
    ClockRow
  >(
    `SELECT row, id, case_number, revision, item_code, item_version, definition_hash, status, accepted_at,
       pauses, extensions, promised_due, statutory_due, due_provisional
     FROM cases
     WHERE row > @after AND concluded_at IS NULL AND accepted_at IS NOT NULL
       AND (due_provisional = 1
         OR (accepted_at < @nextYearStart AND (promised_due >= @yearStart OR statutory_due >= @yearStart)))
     ORDER BY row LIMIT @limit`,
  );
  const setDeadlines = db.prepare<{
    id: string;
    expected: number;
    promised: string | null;
    statutory: string | null;
    provisional: number;
  }>(
    `UPDATE cases SET promised_due = @promised, statutory_due = @statutory, due_provisional = @provisional
     WHERE id = @id AND revision = @expected`,
  );

  const updateCaseDeadlines = inBatch(db, ({ updates, audit: drafts, facts }: UpdateCaseDeadlinesArgs) => {
    const stale: string[] = [];
    for (const u of updates) {
      const { changes } = setDeadlines.run({
        id: u.caseId,
        expected: u.expectedRevision,
        promised: u.promisedDue,
        statutory: u.statutoryDue,
        provisional: u.dueProvisional ? 1 : 0,
      });
      if (changes === 0) stale.push(u.caseId);
    }
    // Thrown inside the batch: the batcher rolls back everything above (in-batch.ts).
    if (stale.length > 0) {
      throw new ConflictError(`${stale.length} case(s) changed while their deadlines were recomputed.`, {
        code: 'REVISION_CONFLICT',
        extensions: { caseIds: stale },
      });
    }
    if (facts) audit.putFacts(facts);
    for (const draft of drafts) audit.append(draft);
  });

  return {
    listRunningClocks({ year, after, limit }: ListRunningClocksArgs) {
      const size = clampInt(limit, 500, 1, 1000);
      const rows = running.all({
        after: after === undefined ? 0 : rowCursor(after),
        yearStart: `${year}-01-01`,
        nextYearStart: `${year + 1}-01-01`,
        limit: size,
      });
      return {
        cases: rows.map(clockStateFromRow),
        next: rows.length < size ? null : String(rows[rows.length - 1].row),
      };
    },
    updateCaseDeadlines,
  };
}
