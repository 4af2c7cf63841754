import { describe } from 'vitest';
import { accountsContract } from './contract-accounts.ts';
import { auditContract } from './contract-audit.ts';
import { casesContract } from './contract-cases.ts';
import { deadlinesContract } from './contract-deadlines.ts';
import { definitionsContract } from './contract-definitions.ts';
import { filesContract } from './contract-files.ts';
import { inboxContract } from './contract-inbox.ts';
import type { MakeStore } from './fixtures.ts';

export type { MakeStore } from './fixtures.ts';

/**
 * The storage contract (STYLE.md #1): every adapter runs these same tests. `makeStore` must return a
 * fresh, empty store for each test; the suite closes it afterwards.
 */
export function runStoreContract(name: string, makeStore: MakeStore): void {
  describe(`storage contract: ${name}`, () => {
    accountsContract(makeStore);
    definitionsContract(makeStore);
    casesContract(makeStore);
    deadlinesContract(makeStore);
    inboxContract(makeStore);
    auditContract(makeStore);
    filesContract(makeStore);
  });
}
