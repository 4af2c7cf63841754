import { caseSearchTerms, searchWords } from '../shared/search-terms.ts';
import { searchTokens } from './case-search.ts';
import type { Db } from './open-sqlite-database.ts';

/**
 * Cases indexed per step: one step is one write of the group commit, about 15 ms of work here, so
 * catching up on a backlog (after a crash, or cases written in bulk) leaves the server answering in
 * between. New cases arrive far slower than steps index them (5,000 a second at one step per 100 ms).
 */
export const SEARCH_INDEX_STEP = 500;

/**
 * The text-search index written in bulk. A receipt does not touch `case_search`: an FTS5 insert costs
 * little, but each commit then writes a new index segment and merges older ones, which cost about
 * 150 µs per case when a commit holds a few receipts and under 35 µs when it holds hundreds. So cases
 * are indexed in steps of up to {@link SEARCH_INDEX_STEP} (the store runs a step shortly after new
 * cases arrive), and `case_search_progress.indexed_through` says how far (by `cases.row`, which only
 * grows: cases are never deleted). A search reads the index AND tests the few newer cases directly
 * with `case_search_pending`, which applies the same rule (shared/search-terms.ts) to their columns,
 * so a case is found the moment its receipt is answered.
 */
export interface SearchIndex {
  /** Indexes the next cases, at most `limit`; must run inside a write transaction. Returns how many. */
  indexPending(limit: number): number;
  /** Whether any case is not yet indexed (a read; outside a transaction it may be a moment old). */
  hasPending(): boolean;
  /** Whether the case at `row` is in `case_search` (inside the write transaction that changes it). */
  isIndexed(row: number): boolean;
}

/**
 * The part of a search query that matches the cases not yet indexed: the typed words (as JSON, the
 * same words the FTS query is built from) are each a prefix of one of the case's terms.
 */
export const PENDING_MATCHING =
  'SELECT row FROM cases WHERE row > (SELECT indexed_through FROM case_search_progress) AND case_search_pending(case_number, applicant_name, ?)';

/** The parameter of {@link PENDING_MATCHING} for what the clerk typed. */
export function pendingQuery(text: string): string {
  return JSON.stringify(searchWords(text));
}

export function sqliteSearchIndex(db: Db): SearchIndex {
  db.function(
    'case_search_pending',
    { deterministic: true },
    (caseNumber: unknown, applicantName: unknown, words: unknown) => {
      const typed = JSON.parse(String(words)) as string[];
      const terms = caseSearchTerms(String(caseNumber), String(applicantName));
      return typed.every((word) => terms.some((term) => term.startsWith(word))) ? 1 : 0;
    },
  );
  const progress = db.prepare<[], number>('SELECT indexed_through FROM case_search_progress').pluck();
  const lastRow = db.prepare<[], number | null>('SELECT max(row) FROM cases').pluck();
  const next = db.prepare<[number, number], { row: number; case_number: string; applicant_name: string }>(
    'SELECT row, case_number, applicant_name FROM cases WHERE row > ? ORDER BY row LIMIT ?',
  );
  const insert = db.prepare<[number, string]>('INSERT INTO case_search (rowid, tokens) VALUES (?, ?)');
  const advance = db.prepare<[number]>('UPDATE case_search_progress SET indexed_through = ?');
  return {
    indexPending(limit) {
      const rows = next.all(progress.get()!, limit);
      for (const r of rows) insert.run(r.row, searchTokens(r.case_number, r.applicant_name));
      if (rows.length > 0) advance.run(rows[rows.length - 1].row);
      return rows.length;
    },
    hasPending: () => (lastRow.get() ?? 0) > progress.get()!,
    isIndexed: (row) => row <= progress.get()!,
  };
}
