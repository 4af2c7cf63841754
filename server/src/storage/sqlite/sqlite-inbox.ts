import type { InboxPage, ListInboxArgs } from '../port.ts';
import { clampInt, INBOX_PAGE } from '../shared/paging.ts';
import { searchQuery } from './case-search.ts';
import type { Db } from './open-sqlite-database.ts';
import { CASE_SUMMARY_COLUMNS, type CaseSummaryRow, caseSummaryFromRow } from './rows.ts';
import type { SyncStore } from './sync-store.ts';

/** Up to this many text matches, the query starts from them (looking each case up by row). */
const FEW_TEXT_MATCHES = 1000;
const MATCHING = 'IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)';
const ORDER = 'ORDER BY received_at DESC, case_number DESC';
/** The same order written so that no index can provide it: SQLite then picks the index by the filters. */
const SORTED = 'ORDER BY +received_at DESC, +case_number DESC';

/** The WHERE terms and parameters of the column filters (everything but the text). */
export function inboxFilters(args: ListInboxArgs): { terms: string[]; params: unknown[] } {
  const terms: string[] = [];
  const params: unknown[] = [];
  if (args.status && args.status.length > 0) {
    terms.push(`status IN (${args.status.map(() => '?').join(', ')})`);
    params.push(...args.status);
  }
  if (args.itemCode !== undefined) {
    terms.push('item_code = ?');
    params.push(args.itemCode);
  }
  if (args.dueBefore !== undefined) {
    terms.push('promised_due < ?');
    params.push(args.dueBefore);
  }
  if (args.dueFrom !== undefined) {
    terms.push('promised_due >= ?');
    params.push(args.dueFrom);
  }
  if (args.receivedBefore !== undefined) {
    terms.push('received_at < ?');
    params.push(args.receivedBefore);
  }
  return { terms, params };
}

/**
 * Which way to find a page's rows, given how many cases match (`total`) out of about `rows`:
 * `scan` reads `cases_inbox` in page order and stops after offset + limit matches (expected
 * (offset + limit) × rows / total entries — short when matches are dense); `sort` reads the
 * matches through the index of a filter and keeps the top offset + limit (cost ∝ total). The scan
 * is only trusted at 4× its estimate: filters such as due dates correlate with the order, and a
 * scan that meets its matches late reads nearly everything.
 */
export function pagePlan(total: number, rows: number, offset: number, limit: number): 'scan' | 'sort' {
  return ((offset + limit) * rows * 4) / total < total ? 'scan' : 'sort';
}

/**
 * The clerk's inbox: a page in a stable order and the total, from one read snapshot. Every index on
 * `cases` covers all filter columns and the order, so counting and choosing the page's rows read
 * indexes only; only the page's own rows are read from the table (the outer query).
 */
export function sqliteInbox(db: Db): Pick<SyncStore, 'listInbox'> {
  type Statement = ReturnType<typeof db.prepare<unknown[], unknown>>;
  const statements = new Map<string, Statement>();
  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], unknown>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const textMatches = db
    .prepare<[string], number>(`SELECT count(*) FROM case_search WHERE case_search MATCH ?`)
    .pluck();
  // Cases are never deleted, so the highest row is the number of cases, in O(log n).
  const caseRows = db.prepare<[], number | null>('SELECT max(row) FROM cases').pluck();

  const read = db.transaction((args: ListInboxArgs): InboxPage => {
    const limit = clampInt(args.limit, INBOX_PAGE.default, 1, INBOX_PAGE.max);
    const offset = clampInt(args.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    const { terms, params } = inboxFilters(args);
    const columnFilters = terms.length;
    let plan: 'scan' | 'sort' | 'text' | undefined;
    let total: number | undefined;

    const text = args.text?.trim();
    if (text) {
      const query = searchQuery(text);
      const matches = query === null ? 0 : textMatches.get(query)!;
      if (query === null || matches === 0) return { items: [], total: 0 };
      // Few matches: start from them. Many: a membership test (`+row` keeps SQLite from starting there).
      terms.push(matches <= FEW_TEXT_MATCHES ? `row ${MATCHING}` : `+row ${MATCHING}`);
      params.push(query);
      if (matches <= FEW_TEXT_MATCHES) plan = 'text';
      else if (columnFilters === 0) total = matches;
    }
    const where = terms.length ? ` WHERE ${terms.join(' AND ')}` : '';
    total ??= prepared(`SELECT count(*) FROM cases${where}`)
      .pluck()
      .get(...params) as number;
    if (total <= offset) return { items: [], total };
    // Due dates follow receipt dates, so in page order the cases due before a date come last: a scan
    // would meet them late. With a due filter the matches are always read through the due index.
    const byDue = args.dueBefore !== undefined || args.dueFrom !== undefined;
    plan ??=
      columnFilters === 0 ? 'scan' : byDue ? 'sort' : pagePlan(total, caseRows.get() ?? 0, offset, limit);
    const pick =
      plan === 'scan'
        ? `SELECT row FROM cases INDEXED BY cases_inbox${where} ${ORDER} LIMIT ? OFFSET ?`
        : `SELECT row FROM cases${where} ${SORTED} LIMIT ? OFFSET ?`;
    const rows = prepared(`SELECT ${CASE_SUMMARY_COLUMNS} FROM cases WHERE row IN (${pick}) ${ORDER}`).all(
      ...params,
      limit,
      offset,
    ) as CaseSummaryRow[];
    return { items: rows.map(caseSummaryFromRow), total };
  });
  return { listInbox: (args) => read.deferred(args) };
}
