import { AppError, type AppErrorOptions } from './app-error.ts';

/** The request body is larger than the route accepts (413); `limit` in bytes goes into the extensions. */
export class PayloadTooLargeError extends AppError {
  override readonly name = 'PayloadTooLargeError';
  readonly status = 413;

  constructor(limitBytes: number, options: AppErrorOptions = {}) {
    super('PAYLOAD_TOO_LARGE', `The request body is larger than ${limitBytes} bytes.`, {
      ...options,
      extensions: { limit: limitBytes, ...options.extensions },
    });
  }
}
