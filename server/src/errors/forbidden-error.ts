import { AppError, type AppErrorOptions } from './app-error.ts';

/** Logged in, but this role may not do this (403). */
export class ForbiddenError extends AppError {
  override readonly name = 'ForbiddenError';
  readonly status = 403;

  constructor(detail = 'Your role may not do this.', options: AppErrorOptions = {}) {
    super('FORBIDDEN', detail, options);
  }
}
