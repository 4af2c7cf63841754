import { ConflictError, NotFoundError } from '../../errors/index.ts';
import type { CaseRecord, CreateCaseArgs, CreateCaseResult, TransitionCaseArgs } from '../port.ts';
import { caseNumberDay, formatCaseNumber } from '../shared/format-case-number.ts';
import { clampInt } from '../shared/paging.ts';
import { toInstant } from '../shared/to-instant.ts';
import { withoutUndefined } from '../shared/without-undefined.ts';
import { searchTokens } from './case-search.ts';
import { inBatch } from './in-batch.ts';
import type { Db } from './open-sqlite-database.ts';
import { type CaseEventRow, type CaseRow, caseEventFromRow, caseFromRow, caseToRow } from './rows.ts';
import type { AuditWriter } from './sqlite-audit.ts';
import type { SearchIndex } from './sqlite-search-index.ts';
import type { SyncStore } from './sync-store.ts';

type CaseOps = Pick<
  SyncStore,
  'reserveCaseNumbers' | 'createCase' | 'transitionCase' | 'getCase' | 'listCaseEvents'
>;

const COLUMNS = [
  'id',
  'case_number',
  'query_code_hash',
  'item_code',
  'item_version',
  'definition_hash',
  'item_name',
  'status',
  'form_data',
  'materials',
  'attachments',
  'applicant_name',
  'outcome',
  'check_summary',
  'override',
  'received_at',
  'accepted_at',
  'promised_due',
  'statutory_due',
  'due_provisional',
  'pauses',
  'extensions',
  'concluded_at',
  'created_by',
  'updated_at',
  'revision',
] as const;
/** What a transition may rewrite (the rest is fixed at receipt). */
const MUTABLE = COLUMNS.filter(
  (c) =>
    ![
      'id',
      'case_number',
      'query_code_hash',
      'item_code',
      'item_version',
      'definition_hash',
      'item_name',
      'received_at',
      'created_by',
      'revision',
    ].includes(c),
);

/**
 * Case numbers, receipts, transitions and timelines. A written case is returned without reading it
 * back: a transition's as `caseFromRow` of the very row that was written, a receipt's as the record
 * that row was made from; either equals what a later read gives.
 */
export function sqliteCases(db: Db, audit: AuditWriter, search: SearchIndex): CaseOps {
  const bump = db
    .prepare<[{ day: string; count: number }], number>(
      'INSERT INTO case_numbers (day, last) VALUES (@day, @count) ON CONFLICT (day) DO UPDATE SET last = last + @count RETURNING last',
    )
    .pluck();
  const byId = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE id = ?');
  const byNumber = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE case_number = ?');
  const byKey = db.prepare<[string], CaseRow>('SELECT * FROM cases WHERE idempotency_key = ?');
  const indexSearch = db.prepare<[number | bigint, string]>(
    'INSERT INTO case_search (rowid, tokens) VALUES (?, ?)',
  );
  const unindexSearch = db.prepare<[number]>('DELETE FROM case_search WHERE rowid = ?');
  const insertCase = db.prepare(
    `INSERT INTO cases (idempotency_key, ${COLUMNS.join(', ')}) VALUES (@idempotency_key, ${COLUMNS.map((c) => `@${c}`).join(', ')})`,
  );
  const updateCase = db.prepare(
    `UPDATE cases SET ${MUTABLE.map((c) => `${c} = @${c}`).join(', ')}, revision = revision + 1
     WHERE id = @id AND revision = @expected`,
  );
  const insertEvent = db.prepare(
    'INSERT INTO case_events (case_id, seq, type, at, actor, from_status, to_status, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const events = db.prepare<[string], CaseEventRow>(
    'SELECT * FROM case_events WHERE case_id = ? ORDER BY seq',
  );

  function nextNumbers(day: string, count: number): string[] {
    const compact = caseNumberDay(day);
    const n = clampInt(count, 1, 1, 1000);
    const last = bump.get({ day: compact, count: n })!;
    return Array.from({ length: n }, (_, i) => formatCaseNumber(compact, last - n + 1 + i));
  }

  const createCase = inBatch(
    db,
    ({ idempotencyKey, case: c, event, audit: drafts, facts }: CreateCaseArgs): CreateCaseResult => {
      const existing = byKey.get(idempotencyKey);
      if (existing) return { case: caseFromRow(existing), created: false };
      if (facts) audit.putFacts(facts);
      const receivedAt = toInstant(c.receivedAt);
      const record: CaseRecord = {
        ...c,
        attachments: c.attachments ?? [],
        caseNumber:
          typeof c.caseNumber === 'string' ? c.caseNumber : nextNumbers(c.caseNumber.nextOfDay, 1)[0],
        receivedAt,
        concludedAt: c.concludedAt === null ? null : toInstant(c.concludedAt),
        updatedAt: receivedAt,
        revision: 1,
      };
      const row = caseToRow(record);
      // Text search indexes it in bulk shortly (sqlite-search-index.ts) and finds it meanwhile.
      insertCase.run({ ...row, idempotency_key: idempotencyKey });
      const data = JSON.stringify(event.data ?? {});
      insertEvent.run(c.id, 1, event.type, toInstant(event.at), event.actor, null, c.status, data);
      for (const draft of drafts) audit.append(draft);
      // The record itself, not its row parsed again (about 5 % of a receipt): its JSON values are the
      // caller's plain JSON, which reads back equal.
      return { case: record, created: true };
    },
  );

  const transitionCase = inBatch(
    db,
    ({ caseId, expectedRevision, patch, event, audit: drafts, facts }: TransitionCaseArgs): CaseRecord => {
      const current = byId.get(caseId);
      if (!current) throw new NotFoundError(`No case ${caseId}.`);
      if (current.revision !== expectedRevision) {
        throw ConflictError.staleRevision(`Case ${current.case_number}`, expectedRevision, current.revision);
      }
      if (facts) audit.putFacts(facts);
      const at = toInstant(event.at);
      const next: CaseRecord = { ...caseFromRow(current), ...withoutUndefined(patch), updatedAt: at };
      if (next.concludedAt !== null) next.concludedAt = toInstant(next.concludedAt);
      next.revision = expectedRevision + 1;
      const row = caseToRow(next);
      updateCase.run({ ...row, expected: expectedRevision });
      // A case not indexed yet is indexed under the name it has then.
      if (row.applicant_name !== current.applicant_name && search.isIndexed(current.row)) {
        unindexSearch.run(current.row);
        indexSearch.run(current.row, searchTokens(row.case_number, row.applicant_name));
      }
      const data = JSON.stringify(event.data ?? {});
      insertEvent.run(caseId, next.revision, event.type, at, event.actor, current.status, next.status, data);
      for (const draft of drafts) audit.append(draft);
      return caseFromRow(row);
    },
  );

  return {
    reserveCaseNumbers: ({ day, count }) => nextNumbers(day, count),
    createCase,
    transitionCase,
    getCase(args) {
      const row =
        'id' in args
          ? byId.get(args.id)
          : 'caseNumber' in args
            ? byNumber.get(args.caseNumber)
            : byKey.get(args.idempotencyKey);
      return row ? caseFromRow(row) : null;
    },
    listCaseEvents: ({ caseId }) => events.all(caseId).map(caseEventFromRow),
  };
}
