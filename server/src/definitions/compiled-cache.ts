import { type CompiledItem, compile, EngineDefinitionError } from '@onewindow/runtime/engine';
import type { AppDeps } from '../deps.ts';
import { nativeSha256Hex } from '../native-sha256.ts';
import type { PublishedVersion } from '../storage/port.ts';
import { BoundedCache } from './bounded-cache.ts';
import { DefinitionIntegrityError } from './definition-integrity-error.ts';
import {
  findVersionSummary,
  getPublishedVersion,
  type PublishedVersionQuery,
  type VersionLookupOptions,
} from './published-version.ts';

/**
 * Compiled definitions by hash: compiling costs milliseconds, checking with it microseconds. Per
 * process, and never stale in any: a hash names one immutable definition. Which version is current is
 * read from the store (see `findVersionSummary`), not from here.
 */
const compiledByHash = new BoundedCache<string, CompiledItem>(128);

export interface CompiledVersion {
  version: PublishedVersion;
  compiled: CompiledItem;
}

/**
 * The compiled published version a case is judged against: the exact `version`, or the highest
 * active one when it is omitted (`NotFoundError` when there is none). Which version that is, and
 * whether it is retired, is read fresh each call unless `options` allow an older read; the compiled
 * definition is cached by hash (at most 128). The engine's own hash (`compiled.ref.hash`) must equal
 * the stored one, or nothing is judged.
 */
export async function getCompiledVersion(
  deps: AppDeps,
  query: PublishedVersionQuery,
  options: VersionLookupOptions = {},
): Promise<CompiledVersion> {
  const summary = await findVersionSummary(deps, query, options);
  const cached = compiledByHash.get(summary.hash);
  if (cached) return { version: { ...summary, definition: cached.definition }, compiled: cached };
  const version = await getPublishedVersion(deps, { code: summary.code, version: summary.version });
  const compiled = compileStored(version);
  compiledByHash.set(version.hash, compiled);
  return { version, compiled };
}

/**
 * Keeps a definition compiled elsewhere (publish compiles exactly what it publishes) so that the first
 * case under a new version does not compile it again. Only its own hash can ever find it.
 */
export function rememberCompiled(compiled: CompiledItem): void {
  compiledByHash.set(compiled.ref.hash, compiled);
}

function compileStored(version: PublishedVersion): CompiledItem {
  let compiled: CompiledItem;
  try {
    compiled = compile(version.definition, { sha256Hex: nativeSha256Hex });
  } catch (error) {
    if (!(error instanceof EngineDefinitionError)) throw error;
    throw new DefinitionIntegrityError(`Version ${version.version} of ${version.code} no longer compiles.`, {
      code: 'DEFINITION_UNCOMPILABLE',
      cause: error,
    });
  }
  if (compiled.ref.hash !== version.hash || compiled.ref.version !== version.version) {
    throw new DefinitionIntegrityError(
      `Version ${version.version} of ${version.code} does not match its published hash; it was changed after publishing.`,
      { code: 'DEFINITION_HASH_MISMATCH' },
    );
  }
  return compiled;
}
