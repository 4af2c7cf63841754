import type { AppDeps } from '../deps.ts';
import type { Store } from '../storage/port.ts';
import { getItemTiming } from './item-timing.ts';

/** The lowest and highest warning threshold (预警阈值) among all published versions. */
export interface YellowAtBounds {
  min: number;
  max: number;
}

const cache = new WeakMap<Store, { bounds: YellowAtBounds; at: number }>();
const FRESH_MS = 10_000;

/**
 * Bounds of `yellowAt` over every published version (retired ones too: their cases still run). The
 * light filter of the inbox needs them to know which due dates are yellow for some item and green for
 * another. Read from the store, cached for ten seconds per store (versions only ever get added, and a
 * new threshold outside the bounds is rare; the per-version timings themselves are cached for good).
 * Each worker process keeps its own copy: a version published through another worker is in it
 * within the same ten seconds as one published through this one — the bound does not depend on where.
 */
export async function yellowAtBounds(deps: AppDeps): Promise<YellowAtBounds> {
  const hit = cache.get(deps.store);
  if (hit && Date.now() - hit.at < FRESH_MS) return hit.bounds;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const item of await deps.store.listItems({})) {
    if (item.latestVersion === null) continue;
    for (const v of await deps.store.listVersions({ code: item.code })) {
      const { yellowAt } = await getItemTiming(deps, v);
      min = Math.min(min, yellowAt);
      max = Math.max(max, yellowAt);
    }
  }
  const bounds = Number.isFinite(min) ? { min, max } : { min: 1, max: 1 };
  cache.set(deps.store, { bounds, at: Date.now() });
  return bounds;
}
