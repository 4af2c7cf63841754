import { AppError, type AppErrorOptions } from './app-error.ts';

/** The addressed thing does not exist (or the caller may not know that it does). */
export class NotFoundError extends AppError {
  override readonly name = 'NotFoundError';
  readonly status = 404;

  constructor(detail: string, options: AppErrorOptions = {}) {
    super('NOT_FOUND', detail, options);
  }
}
