import { AppError, type AppErrorOptions } from './app-error.ts';

/** The request body is in a content type the route does not read (415). */
export class UnsupportedMediaTypeError extends AppError {
  override readonly name = 'UnsupportedMediaTypeError';
  readonly status = 415;

  constructor(contentType: string | undefined, accepted: readonly string[], options: AppErrorOptions = {}) {
    super('UNSUPPORTED_MEDIA_TYPE', `Content type ${contentType ?? '(none)'} is not accepted.`, {
      ...options,
      extensions: { accepted, ...options.extensions },
    });
  }
}
