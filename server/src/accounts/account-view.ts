import type { Account } from '../storage/port.ts';

/** An account as the API shows it: everything but the password hash. */
export type AccountView = Omit<Account, 'passwordHash'>;

/** The API view of an account. */
export function accountView(account: Account): AccountView {
  const { passwordHash: _hidden, ...view } = account;
  return view;
}
