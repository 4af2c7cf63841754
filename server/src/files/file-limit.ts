import type { ServerConfig } from '../deps.ts';

/** The upload limit when `FILE_LIMIT` is not set: 10 MiB, a multi-page scan at 300 dpi. */
export const DEFAULT_FILE_LIMIT = 10 * 1024 * 1024;

/** The largest upload the server takes, in bytes (413 beyond). */
export function fileLimitOf(config: ServerConfig): number {
  return config.fileLimit ?? DEFAULT_FILE_LIMIT;
}
