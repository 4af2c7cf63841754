import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors/index.ts';
import type { VersionSummary } from '../storage/port.ts';

/** The published versions of an item, newest first; `NotFoundError` for an unknown item. */
export async function listVersions(deps: AppDeps, code: string): Promise<VersionSummary[]> {
  const versions = await deps.store.listVersions({ code });
  if (versions.length === 0 && !(await deps.store.getDraft({ code }))) {
    throw new NotFoundError(`There is no item ${code}.`);
  }
  return versions;
}
