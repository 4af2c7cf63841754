import { AppError, type AppErrorOptions } from './app-error.ts';

export interface ValidationErrorOptions extends AppErrorOptions {
  /** 400 for a request that cannot be read (malformed JSON, wrong shape); 422 (the default) for one that reads but breaks a rule. */
  status?: 400 | 422;
}

/** The input is malformed (400) or well-formed but unacceptable (422). */
export class ValidationError extends AppError {
  override readonly name = 'ValidationError';
  readonly status: 400 | 422;

  constructor(detail: string, options: ValidationErrorOptions = {}) {
    super('VALIDATION_FAILED', detail, options);
    this.status = options.status ?? 422;
  }
}
