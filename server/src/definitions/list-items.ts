import type { ServiceItem } from '@onewindow/schemas';
import type { AppDeps } from '../deps.ts';
import type { Role } from '../http/route.ts';
import type { ItemStatus, ItemSummary } from '../storage/port.ts';
import { listActiveVersions } from './list-active-versions.ts';

export interface ListItemsInput {
  role: Role;
  department?: string;
  type?: ServiceItem['type'];
  status?: ItemStatus;
  q?: string;
}

/** What a clerk or inspector sees of an item: its active published version, no draft bookkeeping. */
export type PublishedItemSummary = Pick<
  ItemSummary,
  | 'code'
  | 'name'
  | 'type'
  | 'departmentCode'
  | 'departmentName'
  | 'activeVersion'
  | 'latestVersion'
  | 'status'
> & { hash: string; publishedAt: string };

/**
 * 事项列表 — administrators see every item with its draft and version state (drafts, retired items);
 * clerks and inspectors see only items with an active version, described by that version.
 */
export async function listItems(
  deps: AppDeps,
  input: ListItemsInput,
): Promise<ItemSummary[] | PublishedItemSummary[]> {
  const { role, department, type, status, q } = input;
  if (role === 'admin') return deps.store.listItems({ department, type, status, text: q });
  if (status !== undefined && status !== 'active') return [];
  const active = await listActiveVersions(deps, { department, type, q });
  return active.map(({ item, version: v }) => ({
    code: v.code,
    name: v.definition.name['zh-CN'],
    type: v.definition.type,
    departmentCode: v.definition.department.code ?? null,
    departmentName: v.definition.department.name['zh-CN'],
    activeVersion: v.version,
    latestVersion: item.latestVersion ?? v.version,
    status: 'active' as const,
    hash: v.hash,
    publishedAt: v.publishedAt,
  }));
}
