import { caseSearchTerms, searchWords } from '../shared/search-terms.ts';

/*
 * The SQLite side of substring search (shared/search-terms.ts): the terms go into the FTS5 table
 * `case_search` (tokenizer unicode61, which splits and folds as `searchWords` does), and a query
 * is an FTS5 prefix query per word.
 */

/** The tokens a case is indexed under, space-separated. */
export function searchTokens(caseNumber: string, applicantName: string): string {
  return caseSearchTerms(caseNumber, applicantName).join(' ');
}

/**
 * The FTS5 query for what the clerk typed: every word must be a substring of the case number or of
 * a word of the name. `null` when nothing searchable was typed (only punctuation): nothing matches.
 */
export function searchQuery(text: string): string | null {
  const typed = searchWords(text);
  if (typed.length === 0) return null;
  return typed.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' AND ');
}
