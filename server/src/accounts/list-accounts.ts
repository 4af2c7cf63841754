import type { AppDeps } from '../deps.ts';
import { type AccountView, accountView } from './account-view.ts';

/** Every account, by username, without password hashes. */
export async function listAccounts(deps: AppDeps): Promise<AccountView[]> {
  return (await deps.store.listAccounts()).map(accountView);
}
