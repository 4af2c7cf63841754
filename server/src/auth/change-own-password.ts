import type { AppDeps } from '../deps.ts';
import { UnauthorizedError } from '../errors/index.ts';
import type { Actor } from '../http/route.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { startSession } from './start-session.ts';

export interface ChangeOwnPasswordArgs {
  actor: Actor;
  currentPassword: string;
  newPassword: string;
}

/**
 * 修改密码 — an account replaces its own password (how a one-time password from an administrator
 * stops being one). The current password is required; every session of the account ends and a new
 * one starts for the caller.
 */
export async function changeOwnPassword(
  deps: AppDeps,
  { actor, currentPassword, newPassword }: ChangeOwnPasswordArgs,
): Promise<{ token: string; expiresAt: Date }> {
  const account = await deps.store.getAccount({ id: actor.id });
  if (!account || !(await verifyPassword(currentPassword, account.passwordHash))) {
    throw new UnauthorizedError('The current password is wrong.', { code: 'BAD_CREDENTIALS' });
  }
  const passwordHash = await hashPassword(newPassword);
  await deps.store.updateAccount({
    id: actor.id,
    patch: { passwordHash },
    at: deps.clock.now().toISOString(),
  });
  await deps.store.deleteAccountSessions({ accountId: actor.id });
  return startSession(deps, actor.id);
}
