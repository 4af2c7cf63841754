import type { ServiceItem } from '@onewindow/schemas';

// The server's answers for the designer's screens (server/src/storage/records.ts and
// server/src/definitions/*). Keep each in step with the server; tests/browser exercise them for real.

/** `GET/PUT /api/items/:code/draft`. */
export interface DraftAnswer {
  code: string;
  definition: ServiceItem;
  revision: number;
  updatedAt: string;
  updatedBy: string;
}

export type ItemStatus = 'draft' | 'active' | 'retired';

/** One row of `GET /api/items` (admins see drafts too). */
export interface ItemSummary {
  code: string;
  name: string;
  type: ServiceItem['type'];
  departmentCode: string | null;
  departmentName: string;
  revision: number;
  updatedAt: string;
  updatedBy: string;
  latestVersion: number | null;
  publishedRevision: number | null;
  activeVersion: number | null;
  status: ItemStatus;
}

/** One row of `GET /api/items/:code/versions`. */
export interface VersionSummary {
  code: string;
  version: number;
  hash: string;
  publishedAt: string;
  publishedBy: string;
  status: 'active' | 'retired';
  retiredAt: string | null;
  retiredBy: string | null;
}

export type DiffSide = number | 'draft';

/** One change of a diff; `move` is an array element (matched by id/code/name) that moved from `from`. */
export interface JsonChange {
  op: 'add' | 'remove' | 'replace' | 'move';
  path: string;
  from?: string;
  old?: unknown;
  new?: unknown;
}

/** `GET /api/items/:code/diff?from=&to=`. */
export interface VersionDiff {
  code: string;
  from: { version: DiffSide; hash: string | null };
  to: { version: DiffSide; hash: string | null };
  changes: JsonChange[];
  fields: { added: string[]; removed: string[]; renamed: { from: string; to: string }[] };
  ruleFieldChanges: {
    rule: string;
    at: string;
    field: string;
    change: 'removed' | 'renamed';
    renamedTo?: string;
    stillReferenced: boolean;
  }[];
}
