import { getPublishedVersion } from '../definitions/published-version.ts';
import type { AppDeps } from '../deps.ts';
import { type ServiceGuide, toServiceGuide } from './service-guide.ts';

/** 办事指南 — the guide of an item's active version; `NotFoundError` when it has none. */
export async function getGuide(deps: AppDeps, code: string): Promise<ServiceGuide> {
  return toServiceGuide(await getPublishedVersion(deps, { code }));
}
