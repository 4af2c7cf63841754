/**
 * Query codes of the receipts made in this page's lifetime, by case id: the code is shown once (only
 * its hash is stored by the server), but the clerk may print it on the notice right after filing.
 * Kept in memory only — never in storage — and gone on reload.
 */
const codes = new Map<string, string>();

export const receiptMemory = {
  remember(caseId: string, queryCode: string): void {
    codes.set(caseId, queryCode);
  },
  queryCodeOf(caseId: string): string | undefined {
    return codes.get(caseId);
  },
};
