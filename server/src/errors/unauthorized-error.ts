import { AppError, type AppErrorOptions } from './app-error.ts';

/** Not logged in, the session has expired, or the credentials are wrong (401). */
export class UnauthorizedError extends AppError {
  override readonly name = 'UnauthorizedError';
  readonly status = 401;

  constructor(detail = 'Please log in.', options: AppErrorOptions = {}) {
    super('UNAUTHORIZED', detail, options);
  }
}
