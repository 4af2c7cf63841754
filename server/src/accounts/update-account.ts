import { hashPassword } from '../auth/password-hash.ts';
import type { AppDeps } from '../deps.ts';
import { ConflictError, NotFoundError } from '../errors/index.ts';
import type { Actor } from '../http/route.ts';
import type { Account, AccountRole, JsonObject } from '../storage/port.ts';
import { auditAccountChange } from './account-audit.ts';
import { type AccountView, accountView } from './account-view.ts';
import { generatePassword } from './generate-password.ts';

export interface UpdateAccountInput {
  displayName?: string;
  role?: AccountRole;
  disabled?: boolean;
  /** True: replace the password with a generated one-time password, returned once. */
  resetPassword?: boolean;
}

export interface UpdateAccountOutput {
  account: AccountView;
  oneTimePassword?: string;
}

/**
 * 修改账号 — an administrator renames, re-roles, disables/enables an account or resets its
 * password. Disabling, a role change and a reset end every session of the account at once. An
 * administrator may not disable or demote themself (409 `SELF_LOCKOUT`): that is also what keeps
 * at least one administrator. Audited, without the password.
 */
export async function updateAccount(
  deps: AppDeps,
  id: string,
  input: UpdateAccountInput,
  actor: Actor,
): Promise<UpdateAccountOutput> {
  const current = await deps.store.getAccount({ id });
  if (!current) throw new NotFoundError('There is no such account.');
  if (
    id === actor.id &&
    (input.disabled === true || (input.role !== undefined && input.role !== current.role))
  ) {
    throw new ConflictError('You cannot disable your own account or change your own role.', {
      code: 'SELF_LOCKOUT',
    });
  }
  const patch: Partial<Pick<Account, 'displayName' | 'role' | 'passwordHash' | 'disabled'>> = {};
  const changes: JsonObject = {};
  if (input.displayName !== undefined && input.displayName.trim() !== current.displayName) {
    patch.displayName = changes.displayName = input.displayName.trim();
  }
  if (input.role !== undefined && input.role !== current.role) patch.role = changes.role = input.role;
  if (input.disabled !== undefined && input.disabled !== current.disabled) {
    patch.disabled = changes.disabled = input.disabled;
  }
  const oneTimePassword = input.resetPassword ? generatePassword() : undefined;
  if (oneTimePassword) {
    patch.passwordHash = await hashPassword(oneTimePassword);
    changes.passwordReset = true;
  }
  if (Object.keys(changes).length === 0) return { account: accountView(current) };
  const account = await deps.store.updateAccount({ id, patch, at: deps.clock.now().toISOString() });
  if (patch.disabled === true || patch.role !== undefined || oneTimePassword) {
    await deps.store.deleteAccountSessions({ accountId: id });
  }
  await auditAccountChange(deps, { actor: actor.username, account, action: 'update', changes });
  return { account: accountView(account), ...(oneTimePassword ? { oneTimePassword } : {}) };
}
