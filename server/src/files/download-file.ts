import type { AppDeps } from '../deps.ts';
import { NotFoundError } from '../errors/index.ts';
import type { FileContent } from '../storage/port.ts';

/** A stored file with its bytes (checked against their hash by the store); 404 when there is none. */
export async function downloadFile(deps: AppDeps, sha256: string): Promise<FileContent> {
  const found = await deps.store.getFile({ sha256 });
  if (!found) throw new NotFoundError(`There is no file ${sha256}.`, { code: 'FILE_NOT_FOUND' });
  return found;
}
