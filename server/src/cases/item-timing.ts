import type { DefinitionRef, Duration, ServiceItem } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors/index.ts';

/** 受理窗口 — the acceptance window when a definition names none (DOMAIN.md: 5 days). */
export const DEFAULT_ACCEPTANCE_WINDOW: Duration = { amount: 5, unit: 'day' };

/** What the case clocks need of a definition version: its limits and its warning threshold. */
export interface ItemTiming {
  promised: Duration;
  statutory: Duration;
  acceptanceWindow: Duration;
  /** 预警阈值: yellow from this many remaining working days down to 0. */
  yellowAt: number;
  /** True when any limit counts hours, so acceptance and pauses are kept as local date-times. */
  usesHours: boolean;
}

/** The timing of a definition (pure). */
export function itemTiming(definition: ServiceItem): ItemTiming {
  const {
    promised,
    statutory,
    acceptanceWindow = DEFAULT_ACCEPTANCE_WINDOW,
    yellowAt = 1,
  } = definition.timeLimits;
  return {
    promised,
    statutory,
    acceptanceWindow,
    yellowAt,
    usesHours: [promised, statutory, acceptanceWindow].some((d) => d.unit === 'hour'),
  };
}

// Published versions are immutable and addressed by their content hash, so what was read once holds
// for good, whichever store (or server instance, or worker process) it came from: one small entry per
// version, never stale.
const cache = new Map<string, ItemTiming>();

/** The timing of the version a case is pinned to, cached by its hash. */
export async function getItemTiming(deps: AppDeps, ref: DefinitionRef): Promise<ItemTiming> {
  const hit = cache.get(ref.hash);
  if (hit) return hit;
  const version = await deps.store.getVersion({ code: ref.code, version: ref.version });
  if (!version) throw new NotFoundError(`No published version ${ref.code}@${ref.version}.`);
  const timing = itemTiming(version.definition);
  if (version.hash === ref.hash) cache.set(ref.hash, timing);
  return timing;
}
