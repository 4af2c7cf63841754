import type { AppDeps } from '../deps.ts';
import type { Account, JsonObject } from '../storage/port.ts';

/**
 * Appends an `account` record to the audit chain: who changed which account how. Passwords and
 * hashes never go in; a reset is recorded as the fact of it.
 */
export async function auditAccountChange(
  deps: AppDeps,
  args: { actor: string; account: Account; action: string; changes?: JsonObject },
): Promise<void> {
  await deps.store.appendAudit({
    record: {
      kind: 'account',
      at: deps.clock.now().toISOString(),
      actor: args.actor,
      subject: args.account.id,
      payload: {
        action: args.action,
        username: args.account.username,
        role: args.account.role,
        ...(args.changes ? { changes: args.changes } : {}),
      },
    },
  });
}
