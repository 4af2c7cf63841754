/**
 * Substring search by prefix: a case is indexed under every suffix of its case number and of each
 * word of the applicant's name, so "a prefix of one of its terms" is exactly "a substring". Names
 * are short and numbers 13 digits: about 20 terms a case. Words are runs of letters, digits and
 * marks (CJK characters are letters, so 王小明 is one word), lower-cased.
 */

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** The words of `text`, lower-cased: what a clerk's query is split into. */
export function searchWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

function suffixes(word: string): string[] {
  const chars = [...word];
  return chars.map((_, i) => chars.slice(i).join(''));
}

/** The terms a case is indexed under. */
export function caseSearchTerms(caseNumber: string, applicantName: string): string[] {
  return [...searchWords(caseNumber), ...searchWords(applicantName)].flatMap(suffixes);
}
