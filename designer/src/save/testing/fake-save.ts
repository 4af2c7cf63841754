import { ApiError } from '@onewindow/runtime/app';
import type { ServiceItem } from '@onewindow/schemas';
import type { DraftAnswer } from '../../api/designer-api-types.ts';

/** One PUT the fake server received, answered when the test says so. */
export interface HeldSave {
  code: string;
  definition: ServiceItem;
  revision: number;
  /** Answers 200 with the next revision. */
  succeed(revision?: number, updatedAt?: string): void;
  fail(error: ApiError): void;
}

/** A `SaveDraft` whose answers the test releases one by one, in any order. */
export function holdSaves() {
  const calls: HeldSave[] = [];
  const save = (code: string, definition: ServiceItem, revision: number): Promise<DraftAnswer> =>
    new Promise<DraftAnswer>((resolve, reject) => {
      calls.push({
        code,
        definition,
        revision,
        succeed(next = revision + 1, updatedAt = '2026-03-02T02:15:30.000Z') {
          resolve({ code, definition, revision: next, updatedAt, updatedBy: 'admin' });
        },
        fail(error) {
          reject(error);
        },
      });
    });
  return { save, calls };
}

/** The 409 the server sends when the draft changed under the save (server/src/definitions/stale-draft-error.ts). */
export function conflictError(theirs: DraftAnswer, expected: number): ApiError {
  return new ApiError(409, {
    status: 409,
    title: 'Conflict',
    code: 'REVISION_CONFLICT',
    detail: `The draft of ${theirs.code} has changed: revision ${theirs.revision} is current, the request was based on ${expected}.`,
    currentRevision: theirs.revision,
    currentDraft: theirs,
  });
}
