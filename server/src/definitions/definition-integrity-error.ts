import { AppError, type AppErrorOptions } from '../errors/index.ts';

/**
 * A stored published definition no longer hashes to the hash it was published with, or no longer
 * compiles (500): the database was changed behind the server's back, or the engine changed. Nothing
 * is judged against such a version.
 */
export class DefinitionIntegrityError extends AppError {
  override readonly name = 'DefinitionIntegrityError';
  readonly status = 500;

  constructor(detail: string, options: AppErrorOptions = {}) {
    super('DEFINITION_INTEGRITY', detail, options);
  }
}
