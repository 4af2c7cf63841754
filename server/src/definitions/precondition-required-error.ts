import { AppError, type AppErrorOptions } from '../errors/index.ts';

/**
 * 428 Precondition Required (RFC 6585): a write that would overwrite the draft came without
 * `If-Match`. Refusing it, rather than saving blindly, is what makes lost updates impossible.
 */
export class PreconditionRequiredError extends AppError {
  override readonly name = 'PreconditionRequiredError';
  readonly status = 428;

  constructor(detail: string, options: AppErrorOptions = {}) {
    super('PRECONDITION_REQUIRED', detail, options);
  }
}
