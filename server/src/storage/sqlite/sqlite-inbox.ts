import type { InboxPage, ListInboxArgs } from '../port.ts';
import { clampInt, INBOX_PAGE } from '../shared/paging.ts';
import { searchQuery } from './case-search.ts';
import type { Db } from './open-sqlite-database.ts';
import { CASE_SUMMARY_COLUMNS, type CaseSummaryRow, caseSummaryFromRow } from './rows.ts';
import { PENDING_MATCHING, pendingQuery } from './sqlite-search-index.ts';
import type { SyncStore } from './sync-store.ts';

/** Up to this many text matches, the query starts from them (looking each case up by row). */
const FEW_TEXT_MATCHES = 1000;
/** The indexed matches and the newest cases' (not indexed yet): parameters the FTS query, then `pendingQuery`. */
const MATCHING = `IN (SELECT rowid FROM case_search WHERE case_search MATCH ? UNION ALL ${PENDING_MATCHING})`;
const ORDER = 'ORDER BY received_at DESC, case_number DESC';
/** The page order backwards (case numbers are unique, so it is exactly that): `cases_inbox` read from its end. */
const REVERSED = 'ORDER BY received_at ASC, case_number ASC';
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

/** How a page's rows are found (see `pagePlan`). */
export type PagePlan = 'scan' | 'sort' | 'ordered';

export interface PagePlanArgs {
  /** How many cases match; `rows`: about how many there are. */
  total: number;
  rows: number;
  offset: number;
  limit: number;
  /**
   * How many ranges of an index in page order hold the matches: 1 for one item or one status
   * (`cases_by_item`, `cases_by_status`), the number of statuses for several, 0 for none.
   */
  orderedRanges: number;
  /** A due-date filter: its matches cluster at the old end of the order. */
  byDue: boolean;
}

/**
 * Which way to find a page's rows, by the index entries each would read (a sorted entry costs about
 * five read ones, measured on 100,000 cases):
 * - `scan` reads `cases_inbox` in page order and stops after offset + limit matches, or from its
 *   other end past the middle of the matches, after total − offset: expected that many × rows / total
 *   entries, trusted at 4× (filters correlate with the order); with a due filter the matches come
 *   last (due dates follow receipt dates), so all of it;
 * - `sort` reads every match through the index of a filter and sorts them: 5 × total;
 * - `ordered` reads each range of `cases_by_status` / `cases_by_item` in page order and stops after
 *   offset + limit entries of each, merging several ranges in a sorter (SQLite's early-out for IN):
 *   offset + limit, times 5 × ranges when there are several, trusted at 4× (other filters skip some).
 * The cheapest wins, so no page reads more than the whole order index.
 */
export function pagePlan({ total, rows, offset, limit, orderedRanges, byDue }: PagePlanArgs): PagePlan {
  const wanted = offset + limit;
  const scan = byDue ? rows : Math.min(rows, (4 * Math.min(wanted, total - offset) * rows) / total);
  const sort = 5 * total;
  const ordered =
    orderedRanges === 0 ? Number.POSITIVE_INFINITY : 4 * wanted * (orderedRanges > 1 ? 5 * orderedRanges : 1);
  if (ordered <= scan && ordered <= sort) return 'ordered';
  return scan <= sort ? 'scan' : 'sort';
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
    .prepare<[string, string], number>(
      `SELECT (SELECT count(*) FROM case_search WHERE case_search MATCH ?) + (SELECT count(*) FROM (${PENDING_MATCHING}))`,
    )
    .pluck();
  // Cases are never deleted, so the highest row is the number of cases, in O(log n).
  const caseRows = db.prepare<[], number | null>('SELECT max(row) FROM cases').pluck();

  const read = db.transaction((args: ListInboxArgs): InboxPage => {
    const limit = clampInt(args.limit, INBOX_PAGE.default, 1, INBOX_PAGE.max);
    const offset = clampInt(args.offset, 0, 0, Number.MAX_SAFE_INTEGER);
    const { terms, params } = inboxFilters(args);
    const columnFilters = terms.length;
    let plan: PagePlan | 'text' | undefined;
    let total: number | undefined;

    const text = args.text?.trim();
    if (text) {
      const query = searchQuery(text);
      const pending = pendingQuery(text);
      const matches = query === null ? 0 : textMatches.get(query, pending)!;
      if (query === null || matches === 0) return { items: [], total: 0 };
      // Few matches: start from them. Many: a membership test (`+row` keeps SQLite from starting there).
      terms.push(matches <= FEW_TEXT_MATCHES ? `row ${MATCHING}` : `+row ${MATCHING}`);
      params.push(query, pending);
      if (matches <= FEW_TEXT_MATCHES) plan = 'text';
      else if (columnFilters === 0) total = matches;
    }
    const where = terms.length ? ` WHERE ${terms.join(' AND ')}` : '';
    // Counted here with the page's own WHERE, not taken from the text index's count.
    const counted = total === undefined;
    total ??= prepared(`SELECT count(*) FROM cases${where}`)
      .pluck()
      .get(...params) as number;
    if (total <= offset) return { items: [], total };
    plan ??=
      columnFilters === 0
        ? 'scan'
        : pagePlan({
            total,
            rows: caseRows.get() ?? 0,
            offset,
            limit,
            orderedRanges: args.itemCode !== undefined ? 1 : (args.status?.length ?? 0),
            byDue: args.dueBefore !== undefined || args.dueFrom !== undefined,
          });
    // A scan stops after the page's last match. Past the middle of the matches it reads fewer entries
    // from the other end of the order: the page is then the `limit` matches that come
    // `total - offset - limit` from the end, sorted back below. Only with a total counted by the same
    // WHERE in the same snapshot: a total from elsewhere that were off by one would shift the page.
    const fromEnd = plan === 'scan' && counted && total - offset < offset + limit;
    const pick =
      plan === 'scan'
        ? `SELECT row FROM cases INDEXED BY cases_inbox${where} ${fromEnd ? REVERSED : ORDER} LIMIT ? OFFSET ?`
        : `SELECT row FROM cases${where} ${plan === 'ordered' ? ORDER : SORTED} LIMIT ? OFFSET ?`;
    const rows = prepared(`SELECT ${CASE_SUMMARY_COLUMNS} FROM cases WHERE row IN (${pick}) ${ORDER}`).all(
      ...params,
      fromEnd ? Math.min(limit, total - offset) : limit,
      fromEnd ? Math.max(0, total - offset - limit) : offset,
    ) as CaseSummaryRow[];
    return { items: rows.map(caseSummaryFromRow), total };
  });
  return { listInbox: (args) => read.deferred(args) };
}
