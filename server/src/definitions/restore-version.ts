import type { AppDeps } from '../deps.ts';
import type { Actor } from '../http/route.ts';
import type { Draft } from '../storage/port.ts';
import { getPublishedVersion } from './published-version.ts';
import { saveDraft } from './save-draft.ts';

export interface RestoreVersionInput {
  code: string;
  version: number;
  /** The draft revision being replaced (`If-Match`): a restore must not silently drop newer edits. */
  expectedRevision: number;
  actor: Pick<Actor, 'username'>;
}

/**
 * 恢复 — makes a published version's definition the item's draft again (a new draft revision, to be
 * published as a new version); the version itself stays as it was.
 */
export async function restoreVersion(
  deps: AppDeps,
  { code, version, expectedRevision, actor }: RestoreVersionInput,
): Promise<Draft> {
  const published = await getPublishedVersion(deps, { code, version });
  const { version: _version, ...definition } = structuredClone(published.definition);
  return saveDraft(deps, { code, definition, expectedRevision, actor });
}
