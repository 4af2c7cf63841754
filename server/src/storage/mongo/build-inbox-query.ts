import type { ListInboxArgs } from '../port.ts';
import { clampInt, INBOX_PAGE } from '../shared/paging.ts';
import { searchWords } from '../shared/search-terms.ts';

/** A MongoDB filter as plain data (tested without a server). */
export type MongoFilter = Record<string, unknown>;

export interface InboxQuery {
  filter: MongoFilter;
  sort: Record<string, 1 | -1>;
  skip: number;
  limit: number;
  /** True when the text has nothing searchable (only punctuation): the answer is empty. */
  matchesNothing: boolean;
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The inbox as a MongoDB query. Text: each word must be the start of one of the case's search terms
 * (suffixes of the number and of the name's words), an anchored regex that the multikey index on
 * `searchTokens` answers by range. Values go in as values (`$in`, `$eq`), never as operators.
 */
export function buildInboxQuery(args: ListInboxArgs): InboxQuery {
  const filter: MongoFilter = {};
  if (args.status && args.status.length > 0) filter.status = { $in: [...args.status] };
  if (args.itemCode !== undefined) filter.itemCode = { $eq: args.itemCode };
  const due: Record<string, string> = {};
  if (args.dueBefore !== undefined) due.$lt = args.dueBefore;
  if (args.dueFrom !== undefined) due.$gte = args.dueFrom;
  // $type: a missing due date must not count as "before" anything.
  if (Object.keys(due).length > 0) filter.promisedDue = { $type: 'string', ...due };
  if (args.receivedBefore !== undefined) filter.receivedAt = { $lt: args.receivedBefore };
  let matchesNothing = false;
  const text = args.text?.trim();
  if (text) {
    const words = searchWords(text);
    if (words.length === 0) matchesNothing = true;
    else if (words.length === 1) filter.searchTokens = { $regex: `^${escapeRegex(words[0])}` };
    else filter.$and = words.map((w) => ({ searchTokens: { $regex: `^${escapeRegex(w)}` } }));
  }
  return {
    filter,
    sort: { receivedAt: -1, caseNumber: -1 },
    skip: clampInt(args.offset, 0, 0, Number.MAX_SAFE_INTEGER),
    limit: clampInt(args.limit, INBOX_PAGE.default, 1, INBOX_PAGE.max),
    matchesNothing,
  };
}

/** The item list's filters (status is decided after the version lookup, as in SQLite). */
export function buildItemsFilter(args: { department?: string; type?: string; text?: string }): MongoFilter {
  const filter: MongoFilter = {};
  if (args.department !== undefined) {
    filter.$or = [{ departmentCode: { $eq: args.department } }, { departmentName: { $eq: args.department } }];
  }
  if (args.type !== undefined) filter.type = { $eq: args.type };
  if (args.text !== undefined && args.text !== '') {
    const pattern = escapeRegex(args.text);
    const text = [{ _id: { $regex: pattern, $options: 'i' } }, { name: { $regex: pattern, $options: 'i' } }];
    if (filter.$or) filter.$and = [{ $or: filter.$or }, { $or: text }];
    else filter.$or = text;
    if (filter.$and) delete filter.$or;
  }
  return filter;
}
