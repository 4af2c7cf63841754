import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ServiceItem } from '@onewindow/schemas';
import type { AppDeps } from '../../deps.ts';
import type { PublishedVersion } from '../../storage/port.ts';
import { EXAMPLES_DIR } from '../example-items.ts';

/** The benchmark item, 居民身份证换领. */
export const ID_CARD_FILE = 'resident-id-card-renewal';

/** A fresh copy of an example item. */
export function exampleItem(name: string = ID_CARD_FILE): ServiceItem {
  return JSON.parse(readFileSync(join(EXAMPLES_DIR, 'items', `${name}.json`), 'utf8')) as ServiceItem;
}

/**
 * Saves `definition` as a draft (creating or updating it) and publishes it straight through the
 * store, skipping lint and tests: for tests of what happens AFTER publishing.
 */
export async function publishThroughStore(deps: AppDeps, definition: ServiceItem): Promise<PublishedVersion> {
  const at = deps.clock.now().toISOString();
  const current = await deps.store.getDraft({ code: definition.code });
  const draft = await deps.store.saveDraft({
    code: definition.code,
    definition,
    expectedRevision: current?.revision ?? null,
    actor: 'tester',
    at,
  });
  return deps.store.publishDraft({
    code: definition.code,
    expectedRevision: draft.revision,
    actor: 'tester',
    at,
  });
}
