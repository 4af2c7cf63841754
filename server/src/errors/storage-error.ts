import { AppError, type AppErrorOptions } from './app-error.ts';

/**
 * The database failed in a way the caller cannot fix (503 when it is busy or unreachable, so a
 * retry may succeed; 500 otherwise). The driver's error stays in `cause` for the log only: `detail`
 * never quotes SQL, query filters or driver messages.
 */
export class StorageError extends AppError {
  override readonly name = 'StorageError';
  readonly status: 500 | 503;

  constructor(detail: string, options: AppErrorOptions & { status?: 500 | 503 } = {}) {
    super('STORAGE_FAILURE', detail, options);
    this.status = options.status ?? 500;
  }
}
