import { AppError, type AppErrorOptions } from './app-error.ts';

/** Too many requests (429); `retryAfter` (seconds) is for the `Retry-After` header. */
export class RateLimitedError extends AppError {
  override readonly name = 'RateLimitedError';
  readonly status = 429;
  readonly retryAfter: number;

  constructor(
    retryAfterSeconds: number,
    detail = 'Too many attempts. Please wait and try again.',
    options: AppErrorOptions = {},
  ) {
    super('RATE_LIMITED', detail, {
      ...options,
      extensions: { retryAfter: retryAfterSeconds, ...options.extensions },
    });
    this.retryAfter = retryAfterSeconds;
  }
}
