import { AppError, ConflictError, StorageError } from '../../errors/index.ts';

/** What a unique constraint protects, by the `table.column` SQLite names in its message. */
const UNIQUE_FIELDS: Record<string, { what: string; field: string }> = {
  'accounts.username': { what: 'An account with this username', field: 'username' },
  'accounts.id': { what: 'An account with this id', field: 'id' },
  'sessions.id': { what: 'This session', field: 'id' },
  'cases.case_number': { what: 'A case with this number', field: 'caseNumber' },
  'cases.id': { what: 'A case with this id', field: 'id' },
  'cases.idempotency_key': { what: 'A case with this idempotency key', field: 'idempotencyKey' },
  'versions.code, versions.version': { what: 'This version', field: 'version' },
  'audit.seq': { what: 'This audit record', field: 'seq' },
};

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turns anything thrown below the adapter into an `AppError` (STYLE.md #3). A unique violation
 * becomes a `ConflictError` naming the field; busy/locked becomes a retryable 503; everything else
 * a 500 whose detail says nothing about SQL. The original stays in `cause`, for the log.
 */
export function translateSqliteError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = errorCode(error);
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const message = error instanceof Error ? error.message : '';
    const columns = message.replace(/^UNIQUE constraint failed: /, '');
    const known = UNIQUE_FIELDS[columns];
    return known
      ? ConflictError.duplicate(known.what, known.field, error)
      : new ConflictError('This already exists.', { code: 'DUPLICATE', cause: error });
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || code?.startsWith('SQLITE_BUSY_')) {
    return new StorageError('The database is busy; please try again.', { status: 503, cause: error });
  }
  if (code?.startsWith('SQLITE_CONSTRAINT')) {
    return new StorageError('The database refused a write that would break its integrity.', { cause: error });
  }
  if (error instanceof TypeError && /database connection is not open/.test(error.message)) {
    return new StorageError('The database is closed.', { status: 503, cause: error });
  }
  return new StorageError('The database failed.', { cause: error });
}
