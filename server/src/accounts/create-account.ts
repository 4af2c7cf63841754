import { randomUUID } from 'node:crypto';
import { normalizeUsername } from '../auth/normalize-username.ts';
import { hashPassword } from '../auth/password-hash.ts';
import type { AppDeps } from '../deps.ts';
import type { AccountRole } from '../storage/port.ts';
import { auditAccountChange } from './account-audit.ts';
import { type AccountView, accountView } from './account-view.ts';
import { generatePassword } from './generate-password.ts';

export interface CreateAccountInput {
  username: string;
  displayName: string;
  role: AccountRole;
  /** Absent: a one-time password is generated and returned once. */
  password?: string;
}

export interface CreateAccountOutput {
  account: AccountView;
  /** The generated password, shown this once; absent when the caller chose one. */
  oneTimePassword?: string;
}

/**
 * 新建账号 — an administrator creates an account (admin, clerk or inspector). The username is
 * stored lower-cased; a taken one is a 409 (`DUPLICATE`, field `username`). Audited.
 */
export async function createAccount(
  deps: AppDeps,
  input: CreateAccountInput,
  actor: string,
): Promise<CreateAccountOutput> {
  const oneTimePassword = input.password === undefined ? generatePassword() : undefined;
  const account = await deps.store.createAccount({
    id: randomUUID(),
    username: normalizeUsername(input.username),
    displayName: input.displayName.trim(),
    role: input.role,
    passwordHash: await hashPassword(input.password ?? oneTimePassword!),
    at: deps.clock.now().toISOString(),
  });
  await auditAccountChange(deps, { actor, account, action: 'create' });
  return { account: accountView(account), ...(oneTimePassword ? { oneTimePassword } : {}) };
}
