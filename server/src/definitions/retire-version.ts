import type { AppDeps } from '../deps.ts';
import type { Actor } from '../http/route.ts';
import type { VersionSummary } from '../storage/port.ts';
import { forgetVersions } from './published-version.ts';

export interface RetireVersionInput {
  code: string;
  version: number;
  reason?: string;
  actor: Pick<Actor, 'username'>;
}

/**
 * 停用 — retires a version: it takes no new cases (new receipts use the highest active version, or
 * none), while cases pinned to it keep it. Idempotent; audited as `retire`. Previews in this process
 * stop using it at once (see `forgetVersions`).
 */
export async function retireVersion(
  deps: AppDeps,
  { code, version, reason, actor }: RetireVersionInput,
): Promise<VersionSummary> {
  const retired = await deps.store.retireVersion({
    code,
    version,
    reason,
    actor: actor.username,
    at: deps.clock.now().toISOString(),
  });
  forgetVersions(deps, code);
  return retired;
}
