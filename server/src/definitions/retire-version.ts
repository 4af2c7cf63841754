import type { AppDeps } from '../deps.ts';
import type { Actor } from '../http/route.ts';
import type { VersionSummary } from '../storage/port.ts';

export interface RetireVersionInput {
  code: string;
  version: number;
  reason?: string;
  actor: Pick<Actor, 'username'>;
}

/**
 * 停用 — retires a version: it takes no new cases (new receipts use the highest active version, or
 * none), while cases pinned to it keep it. Idempotent; audited as `retire`.
 */
export async function retireVersion(
  deps: AppDeps,
  { code, version, reason, actor }: RetireVersionInput,
): Promise<VersionSummary> {
  return deps.store.retireVersion({
    code,
    version,
    reason,
    actor: actor.username,
    at: deps.clock.now().toISOString(),
  });
}
