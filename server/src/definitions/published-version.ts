import { hashJson } from '@onewindow/runtime/engine';
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors/index.ts';
import type { PublishedVersion, Store, VersionSummary } from '../storage/port.ts';
import { BoundedCache } from './bounded-cache.ts';
import { DefinitionIntegrityError } from './definition-integrity-error.ts';

/** Published definitions by hash: immutable, so a cached one is never stale (in any process). */
const definitions = new BoundedCache<string, PublishedVersion['definition']>(256);

export interface PublishedVersionQuery {
  code: string;
  /** Absent: the highest active version (what a new case is filed under). */
  version?: number;
}

export interface VersionLookupOptions {
  /**
   * How old a read of the item's versions may be (0, the default: read now). A publish or retire
   * through this process is seen at once whatever the age (see `forgetVersions`); one through another
   * server instance sharing the database, within this bound.
   */
  maxAgeMs?: number;
}

/**
 * How stale the stateless check (预审) may judge against: a version retired on ANOTHER server instance
 * may still answer previews for this long. Receipts and everything that writes read fresh.
 */
export const PREVIEW_VERSIONS_MAX_AGE_MS = 2_000;

/**
 * Recent reads of each item's versions, per store; bounded, since the code of a check is client input.
 * Per process: only the stateless check reads through it, so a publish or retire through another
 * cluster worker reaches this one's previews within {@link PREVIEW_VERSIONS_MAX_AGE_MS}, as from
 * another machine; receipts and every write read the store.
 */
const recentReads = new WeakMap<Store, BoundedCache<string, { at: number; versions: VersionSummary[] }>>();

async function readVersions(deps: AppDeps, code: string, maxAgeMs: number): Promise<VersionSummary[]> {
  if (maxAgeMs <= 0) return deps.store.listVersions({ code });
  let reads = recentReads.get(deps.store);
  if (!reads) {
    reads = new BoundedCache(1024);
    recentReads.set(deps.store, reads);
  }
  const now = Date.now();
  const hit = reads.get(code);
  if (hit && now - hit.at < maxAgeMs) return hit.versions;
  const versions = await deps.store.listVersions({ code });
  reads.set(code, { at: now, versions });
  return versions;
}

/** Forgets what was read of an item's versions (after this process published or retired one). */
export function forgetVersions(deps: AppDeps, code: string): void {
  recentReads.get(deps.store)?.delete(code);
}

/**
 * The version summary a query names: the exact version, or the highest active one. Read fresh by
 * default (a small query without definitions), so a retirement on any server instance counts at once;
 * the stateless check allows a read up to {@link PREVIEW_VERSIONS_MAX_AGE_MS} old.
 */
export async function findVersionSummary(
  deps: AppDeps,
  { code, version }: PublishedVersionQuery,
  { maxAgeMs = 0 }: VersionLookupOptions = {},
): Promise<VersionSummary> {
  const versions = await readVersions(deps, code, maxAgeMs);
  // Newest first, so the first active one is the highest.
  const found =
    version === undefined
      ? versions.find((v) => v.status === 'active')
      : versions.find((v) => v.version === version);
  if (!found) {
    throw new NotFoundError(
      version === undefined
        ? `Item ${code} has no active published version.`
        : `Item ${code} has no version ${version}.`,
    );
  }
  return found;
}

/**
 * A published version with its definition; the definition is read once per hash and kept (bounded).
 * `DefinitionIntegrityError` if the stored definition no longer hashes to its recorded hash.
 */
export async function getPublishedVersion(
  deps: AppDeps,
  query: PublishedVersionQuery,
): Promise<PublishedVersion> {
  const summary = await findVersionSummary(deps, query);
  let definition = definitions.get(summary.hash);
  if (definition === undefined) {
    const stored = await deps.store.getVersion({ code: summary.code, version: summary.version });
    if (!stored) throw new NotFoundError(`Item ${summary.code} has no version ${summary.version}.`);
    if (hashJson(stored.definition) !== summary.hash) {
      throw new DefinitionIntegrityError(
        `Version ${summary.version} of ${summary.code} does not match its published hash; it was changed after publishing.`,
        { code: 'DEFINITION_HASH_MISMATCH' },
      );
    }
    definition = stored.definition;
    definitions.set(summary.hash, definition);
  }
  return { ...summary, definition };
}
