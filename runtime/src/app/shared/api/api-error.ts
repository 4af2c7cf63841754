/** One wrong field of a request, as the server's problem documents list them (`errors`). */
export interface FieldError {
  /** JSON pointer into the body or query, e.g. `/caseNumber`. */
  path: string;
  message: string;
}

/** An RFC 9457 problem document as the OneWindow server writes it. */
export interface ProblemDocument {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  code?: string;
  requestId?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

/**
 * A failed API call: the problem's status, title, detail and field errors, plus the whole document
 * for extensions such as `currentRevision` or `allowed`. `status` is 0 when the server was not reached.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  /** The server's stable error code, e.g. `REVISION_CONFLICT` (undefined for a bare problem). */
  readonly code: string | undefined;
  readonly fieldErrors: FieldError[];
  readonly problem: ProblemDocument;

  constructor(status: number, problem: ProblemDocument) {
    super(problem.detail ?? problem.title ?? `HTTP ${status}`);
    this.status = status;
    this.title = problem.title ?? `HTTP ${status}`;
    this.detail = problem.detail;
    this.code = problem.code;
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors.filter(isFieldError) : [];
    this.problem = problem;
  }

  /** True when the server could not be reached at all. */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

function isFieldError(value: unknown): value is FieldError {
  if (value === null || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  return typeof e.path === 'string' && typeof e.message === 'string';
}

/** Whether `error` is an {@link ApiError}. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
