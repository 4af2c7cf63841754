/** Extra members of an RFC 9457 problem document (`currentRevision`, `allowed`, `retryAfter`, ...). */
export type ProblemExtensions = Readonly<Record<string, unknown>>;

export interface AppErrorOptions {
  /** A stable machine-readable code, e.g. `REVISION_CONFLICT`; each subclass has a default. */
  code?: string;
  /** Written into the problem document next to `status`, `code` and `detail`. */
  extensions?: ProblemExtensions;
  cause?: unknown;
}

/**
 * The one error hierarchy of the server: data only (`status`, `code`, `detail`, `extensions`). One
 * middleware elsewhere maps it to `application/problem+json`; anything that is not an `AppError` is
 * logged there and becomes a bare 500. `detail` is written for the person reading the answer, so it
 * never carries SQL, stack traces or driver messages.
 */
export abstract class AppError extends Error {
  abstract readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly extensions: ProblemExtensions;

  protected constructor(defaultCode: string, detail: string, options: AppErrorOptions = {}) {
    super(detail, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code ?? defaultCode;
    this.detail = detail;
    this.extensions = options.extensions ?? {};
  }
}

/** Whether `value` belongs to the hierarchy (and so may be shown to the client as it is). */
export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
