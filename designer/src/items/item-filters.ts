import type { ItemStatus } from '../api/designer-api-types.ts';
import { ITEM_TYPES } from './example-choices.ts';

/** The item list's filters, as the query string keeps them (so a filtered list can be linked). */
export interface ItemFilters {
  q?: string;
  /** A department code, or its zh-CN name when it has no code (what `GET /api/items` matches). */
  department?: string;
  type?: (typeof ITEM_TYPES)[number];
  status?: ItemStatus;
}

export const ITEM_STATUSES: readonly ItemStatus[] = ['draft', 'active', 'retired'];

const isOneOf = <T extends string>(values: readonly T[], value: string | null): value is T =>
  value !== null && (values as readonly string[]).includes(value);

/** The filters of a query string; unknown values are ignored rather than sent to the server. */
export function readItemFilters(search: string): ItemFilters {
  const p = new URLSearchParams(search);
  const type = p.get('type');
  const status = p.get('status');
  return {
    q: p.get('q') || undefined,
    department: p.get('department') || undefined,
    type: isOneOf(ITEM_TYPES, type) ? type : undefined,
    status: isOneOf(ITEM_STATUSES, status) ? status : undefined,
  };
}

/** The query string of the filters (`''` when none). */
export function writeItemFilters(filters: ItemFilters): string {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) p.set(key, value);
  const text = p.toString();
  return text ? `?${text}` : '';
}
