import { AppError, type AppErrorOptions } from './app-error.ts';

/**
 * The request conflicts with the current state (409). The extensions say how, for the client to
 * recover: `currentRevision` for a stale write (code `REVISION_CONFLICT`), `allowed` for an illegal
 * transition (`ILLEGAL_TRANSITION`), `field` for a duplicate (`DUPLICATE`).
 */
export class ConflictError extends AppError {
  override readonly name = 'ConflictError';
  readonly status = 409;

  constructor(detail: string, options: AppErrorOptions = {}) {
    super('CONFLICT', detail, options);
  }

  /** A write based on `expected` when the stored revision is already `current`. */
  static staleRevision(what: string, expected: number | null, current: number): ConflictError {
    return new ConflictError(
      `${what} has changed: revision ${current} is current, the request was based on ${expected ?? 'none'}.`,
      { code: 'REVISION_CONFLICT', extensions: { currentRevision: current } },
    );
  }

  /** A unique value that is already taken. */
  static duplicate(what: string, field: string, cause?: unknown): ConflictError {
    return new ConflictError(`${what} already exists.`, { code: 'DUPLICATE', extensions: { field }, cause });
  }
}
