/** The server's one error hierarchy (STYLE.md #4): data only; the HTTP mapping lives in one middleware. */
export { AppError, type AppErrorOptions, isAppError, type ProblemExtensions } from './app-error.ts';
export { ConflictError } from './conflict-error.ts';
export { ForbiddenError } from './forbidden-error.ts';
export { NotFoundError } from './not-found-error.ts';
export { PayloadTooLargeError } from './payload-too-large-error.ts';
export { RateLimitedError } from './rate-limited-error.ts';
export { StorageError } from './storage-error.ts';
export { UnauthorizedError } from './unauthorized-error.ts';
export { UnsupportedMediaTypeError } from './unsupported-media-type-error.ts';
export { ValidationError, type ValidationErrorOptions } from './validation-error.ts';
