import { hashJson } from '@onewindow/runtime/engine';
import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors/index.ts';
import type { PublishedVersion, VersionSummary } from '../storage/port.ts';
import { BoundedCache } from './bounded-cache.ts';
import { DefinitionIntegrityError } from './definition-integrity-error.ts';

/** Published definitions by hash: immutable, so a cached one is never stale. */
const definitions = new BoundedCache<string, PublishedVersion['definition']>(256);

export interface PublishedVersionQuery {
  code: string;
  /** Absent: the highest active version (what a new case is filed under). */
  version?: number;
}

/**
 * The version summary a query names: the exact version, or the highest active one. Read fresh every
 * time (a small query without definitions), so a retirement on any server instance counts at once.
 */
export async function findVersionSummary(
  deps: AppDeps,
  { code, version }: PublishedVersionQuery,
): Promise<VersionSummary> {
  const versions = await deps.store.listVersions({ code });
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
