import type { ServiceItem } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors/index.ts';
import type { ItemSummary, PublishedVersion } from '../storage/port.ts';
import { getPublishedVersion } from './published-version.ts';

/** Filters on what is published (never on unpublished draft edits). */
export interface ActiveVersionFilters {
  /** A department code, or its exact zh-CN name. */
  department?: string;
  type?: ServiceItem['type'];
  /** Substring of the code or of the zh-CN / en name (case-insensitive). */
  q?: string;
}

/** An item with an active version, and that version. */
export interface ActiveItem {
  item: ItemSummary;
  version: PublishedVersion;
}

/**
 * The highest active version of every item that has one, matching the filters, by code. What clerks,
 * inspectors and the public see: the published definition, not the administrator's draft.
 */
export async function listActiveVersions(
  deps: AppDeps,
  filters: ActiveVersionFilters = {},
): Promise<ActiveItem[]> {
  // Filters apply to the published definition, so the store is asked only for items with an active version.
  const items = await deps.store.listItems({ status: 'active' });
  const active = await Promise.all(
    items.map(async (item) => {
      try {
        return { item, version: await getPublishedVersion(deps, { code: item.code }) };
      } catch (error) {
        // Retired since the list was read: it is simply no longer listed.
        if (error instanceof NotFoundError) return null;
        throw error;
      }
    }),
  );
  return active.filter((a): a is ActiveItem => a !== null && matches(a.version.definition, filters));
}

function matches(definition: ServiceItem, { department, type, q }: ActiveVersionFilters): boolean {
  if (type !== undefined && definition.type !== type) return false;
  if (
    department !== undefined &&
    department !== definition.department.code &&
    department !== definition.department.name['zh-CN']
  ) {
    return false;
  }
  if (q !== undefined && q !== '') {
    const needle = q.toLowerCase();
    const haystack = [definition.code, definition.name['zh-CN'], definition.name.en ?? ''];
    if (!haystack.some((text) => text.toLowerCase().includes(needle))) return false;
  }
  return true;
}
