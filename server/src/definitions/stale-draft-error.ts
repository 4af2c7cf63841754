import { ConflictError } from '../errors/index.ts';
import type { Draft } from '../storage/port.ts';

/**
 * 409 for a save based on an old revision: the problem carries `currentRevision` and the current
 * draft itself, so the editor can show what changed and merge without another request.
 */
export function staleDraftError(expected: number | null, current: Draft): ConflictError {
  const stale = ConflictError.staleRevision(`The draft of ${current.code}`, expected, current.revision);
  return new ConflictError(stale.detail, {
    code: stale.code,
    extensions: { currentRevision: current.revision, currentDraft: current },
  });
}
