import { getCompiledVersion } from '../definitions/compiled-cache.ts';
import type { AppDeps } from '../deps.ts';
import { declaredType } from './declared-type.ts';
import { cleanFileName } from './file-name.ts';
import { FILE_TYPES } from './file-types.ts';
import { fileMisfit, type MaterialFileRules, materialFileRules } from './material-file-rules.ts';
import { fileTooLarge } from './read-upload.ts';
import { sniffFileType } from './sniff-file-type.ts';
import { UnsupportedFileTypeError } from './unsupported-file-type-error.ts';

/** Which material of which item an upload is for, to hold it to that material's types and size. */
export interface UploadTarget {
  item: string;
  /** Absent: the item's active version. */
  version?: number;
  material: string;
}

export interface UploadFileArgs {
  bytes: Uint8Array;
  /** The request's `Content-Type`: a claim the content must not contradict; it never decides. */
  contentType: string | undefined;
  /** The file's name as the client gave it (a label only). */
  name: string | undefined;
  target?: UploadTarget;
}

/** `POST /api/files`: where the bytes are now and what they are. */
export interface UploadedFile {
  sha256: string;
  size: number;
  contentType: string;
  name: string;
  /** False when these bytes were stored already (nothing was written). */
  created: boolean;
}

async function rulesOf(deps: AppDeps, target: UploadTarget): Promise<MaterialFileRules> {
  const { version } = await getCompiledVersion(deps, { code: target.item, version: target.version });
  return materialFileRules(version.definition, target.material);
}

/**
 * 上传扫描件: judges the bytes by their content (magic numbers) — unknown content, content that
 * contradicts the declared type, or a type the material does not take is a 415; a file above the
 * material's `maxSizeMB` is a 413 (the server-wide limit was enforced while reading) — then stores them
 * once under their SHA-256 through the storage port.
 */
export async function uploadFile(deps: AppDeps, args: UploadFileArgs): Promise<UploadedFile> {
  const rules = args.target ? await rulesOf(deps, args.target) : null;
  const accepted = rules?.types ?? FILE_TYPES;
  const material = rules?.material;
  const detected = sniffFileType(args.bytes);
  if (!detected) throw new UnsupportedFileTypeError('FILE_TYPE_UNKNOWN', { detected, accepted, material });
  const declared = declaredType(args.contentType);
  if (declared !== undefined && declared !== detected) {
    throw new UnsupportedFileTypeError('FILE_TYPE_MISMATCH', { detected, declared, accepted, material });
  }
  const misfit = rules ? fileMisfit(rules, { contentType: detected, size: args.bytes.byteLength }) : null;
  if (misfit === 'type') {
    throw new UnsupportedFileTypeError('FILE_TYPE_NOT_ACCEPTED', { detected, accepted, material });
  }
  if (misfit === 'size') throw fileTooLarge(rules!.maxBytes!, { material });

  const { file, created } = await deps.store.putFile({
    bytes: args.bytes,
    contentType: detected,
    at: deps.clock.now().toISOString(),
  });
  return {
    sha256: file.sha256,
    size: file.size,
    contentType: file.contentType,
    name: cleanFileName(args.name, file),
    created,
  };
}
