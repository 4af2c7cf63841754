import type { AppDeps } from '../deps.ts';
import { ConflictError, NotFoundError } from '../errors/index.ts';
import type { Actor } from '../http/route.ts';
import type { Draft } from '../storage/port.ts';
import { assertDraftShape } from './assert-draft-shape.ts';
import { staleDraftError } from './stale-draft-error.ts';

export interface SaveDraftInput {
  code: string;
  definition: unknown;
  /** The revision the edit was based on (from `If-Match`). */
  expectedRevision: number;
  actor: Pick<Actor, 'username'>;
}

/**
 * Saves the draft of an existing item with optimistic concurrency: a save based on an old revision is
 * a 409 carrying the current revision and draft. The draft need only have the draft shape; lint
 * reports the rest.
 */
export async function saveDraft(
  deps: AppDeps,
  { code, definition, expectedRevision, actor }: SaveDraftInput,
): Promise<Draft> {
  const valid = assertDraftShape(definition, code);
  try {
    return await deps.store.saveDraft({
      code,
      definition: valid,
      expectedRevision,
      actor: actor.username,
      at: deps.clock.now().toISOString(),
    });
  } catch (error) {
    if (error instanceof NotFoundError) {
      throw new NotFoundError(`There is no item ${code}; create it with POST /api/items.`);
    }
    if (error instanceof ConflictError && error.code === 'REVISION_CONFLICT') {
      const current = await deps.store.getDraft({ code });
      if (current) throw staleDraftError(expectedRevision, current);
    }
    throw error;
  }
}
