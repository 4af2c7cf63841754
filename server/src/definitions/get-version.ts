import type { AppDeps } from '../deps.ts';
import type { PublishedVersion } from '../storage/port.ts';
import { getPublishedVersion } from './published-version.ts';

/** One published version with its definition (checked against its hash); `NotFoundError` if absent. */
export async function getVersion(deps: AppDeps, code: string, version: number): Promise<PublishedVersion> {
  return getPublishedVersion(deps, { code, version });
}
