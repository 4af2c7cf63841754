import mongoose from 'mongoose';
import { AppError, ConflictError, StorageError, ValidationError } from '../../errors/index.ts';

/** What each unique index protects, by the first field of its key pattern. */
const UNIQUE_FIELDS: Record<string, { what: string; field: string }> = {
  username: { what: 'An account with this username', field: 'username' },
  caseNumber: { what: 'A case with this number', field: 'caseNumber' },
  idempotencyKey: { what: 'A case with this idempotency key', field: 'idempotencyKey' },
  code: { what: 'This version', field: 'version' },
  caseId: { what: 'This event', field: 'seq' },
  _id: { what: 'This record', field: 'id' },
};

/** Server codes that mean "not now, try again": write conflicts, elections, shutdowns, timeouts. */
const RETRYABLE_CODES = new Set([6, 7, 50, 89, 91, 112, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436]);

function shape(error: unknown): {
  name?: string;
  code?: unknown;
  keyPattern?: Record<string, unknown>;
  labels: string[];
} {
  if (typeof error !== 'object' || error === null) return { labels: [] };
  const e = error as {
    name?: unknown;
    code?: unknown;
    keyPattern?: unknown;
    errorLabels?: unknown;
    errorLabelSet?: unknown;
  };
  const labels =
    e.errorLabelSet instanceof Set
      ? [...e.errorLabelSet].map(String)
      : Array.isArray(e.errorLabels)
        ? e.errorLabels.map(String)
        : [];
  return {
    name: typeof e.name === 'string' ? e.name : undefined,
    code: e.code,
    keyPattern:
      typeof e.keyPattern === 'object' && e.keyPattern !== null
        ? (e.keyPattern as Record<string, unknown>)
        : undefined,
    labels,
  };
}

/**
 * A duplicate key (E11000), and on which fields; undefined for anything else. The fields come from
 * `keyPattern` (single writes), from the first write error (bulk writes), or from the index name in
 * the message (`index: username_1 dup key`), whichever the server and driver provided.
 */
export function duplicateKeyFields(error: unknown): string[] | undefined {
  const { code, keyPattern } = shape(error);
  if (code !== 11000 && code !== 11001) return undefined;
  if (keyPattern) return Object.keys(keyPattern);
  const first = (error as { writeErrors?: { err?: { keyPattern?: unknown } }[] }).writeErrors?.[0]?.err
    ?.keyPattern;
  if (typeof first === 'object' && first !== null) return Object.keys(first);
  const index = /index: (\S+) dup key/.exec(error instanceof Error ? error.message : '')?.[1];
  if (!index) return [];
  if (index === '_id_') return ['_id'];
  return index.split(/_-?1(?:_|$)/).filter(Boolean);
}

/**
 * Turns anything mongoose or the driver throws into an `AppError` (STYLE.md #3; modelled on Payload's
 * db-mongodb `handleError`): E11000 → `ConflictError` naming the field; mongoose validation and cast
 * failures → `ValidationError`; network, election and transient-transaction errors → a retryable 503;
 * the rest → 500. Details never quote filters, values or driver messages; the original is the `cause`.
 */
export function handleMongoError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const fields = duplicateKeyFields(error);
  if (fields) {
    const known = UNIQUE_FIELDS[fields[0] ?? ''];
    return known
      ? ConflictError.duplicate(known.what, known.field, error)
      : new ConflictError('This already exists.', { code: 'DUPLICATE', cause: error });
  }
  if (error instanceof mongoose.Error.ValidationError) {
    return new ValidationError(`The record is not valid: ${Object.keys(error.errors).join(', ')}.`, {
      code: 'INVALID_RECORD',
      cause: error,
    });
  }
  if (error instanceof mongoose.Error.CastError) {
    return new ValidationError(`The value of ${error.path} has the wrong type.`, {
      code: 'INVALID_RECORD',
      cause: error,
    });
  }
  const { name, code, labels } = shape(error);
  const unavailable =
    labels.includes('TransientTransactionError') ||
    labels.includes('RetryableWriteError') ||
    (typeof code === 'number' && RETRYABLE_CODES.has(code)) ||
    name === 'MongoNetworkError' ||
    name === 'MongoNetworkTimeoutError' ||
    name === 'MongoServerSelectionError' ||
    name === 'MongoNotConnectedError' ||
    name === 'MongoTopologyClosedError' ||
    name === 'MongoPoolClearedError';
  if (unavailable)
    return new StorageError('The database is unavailable; please try again.', { status: 503, cause: error });
  return new StorageError('The database failed.', { cause: error });
}
