import { schemas } from '@onewindow/schemas';
import { queryString, versionParam } from '../definitions/route-params.ts';
import type { AppDeps } from '../deps.ts';
import { ValidationError } from '../errors/index.ts';
import type { RouteDef } from '../http/route.ts';
import { isSha256 } from '../storage/shared/file-sha256.ts';
import { downloadFile } from './download-file.ts';
import { fileLimitOf } from './file-limit.ts';
import { cleanFileName, contentDisposition, MAX_FILE_NAME } from './file-name.ts';
import { FILE_TYPES } from './file-types.ts';
import { readUpload } from './read-upload.ts';
import { uploadFile } from './upload-file.ts';

const nameParam = { type: 'string', maxLength: MAX_FILE_NAME * 2 };

const uploadQuerySchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    name: nameParam,
    item: schemas['service-item.schema.json'].properties.code,
    version: { type: 'integer', minimum: 1 },
    material: schemas['material.schema.json'].properties.code,
  },
  // A material is named within an item; a version only narrows the item.
  dependencies: { material: ['item'], item: ['material'], version: ['item'] },
};

const uploadAnswerSchema = {
  type: 'object',
  required: ['sha256', 'size', 'contentType', 'name'],
  properties: {
    sha256: { type: 'string', description: 'SHA-256 hex of the bytes: the address to attach and download' },
    size: { type: 'integer' },
    contentType: { type: 'string', enum: FILE_TYPES, description: 'What the content is (sniffed)' },
    name: { type: 'string', description: 'The file name, cleaned of any path' },
  },
};

const NO_STORE = 'private, no-store';

/**
 * 扫描件 routes: upload (the raw file as the body; its type judged by content, its size limited by
 * the server and by the material when one is named) and download by content address.
 */
export function fileRoutes(deps: AppDeps): RouteDef[] {
  const limit = fileLimitOf(deps.config);
  return [
    {
      method: 'POST',
      path: '/api/files',
      roles: ['clerk', 'admin'],
      summary:
        'Upload a scan: the file itself as the body; ?name=, and ?item=&material= to hold it to that material',
      tag: 'files',
      rawBody: { mediaTypes: FILE_TYPES },
      querySchema: uploadQuerySchema,
      responseSchema: uploadAnswerSchema,
      async handler(ctx) {
        if (!ctx.stream) throw new Error('POST /api/files ran without its body stream.');
        const bytes = await readUpload(ctx.stream, ctx.headers, limit);
        const item = queryString(ctx, 'item');
        const material = queryString(ctx, 'material');
        const version = queryString(ctx, 'version');
        const uploaded = await uploadFile(deps, {
          bytes,
          contentType: ctx.headers['content-type'],
          name: queryString(ctx, 'name'),
          target:
            item && material
              ? { item, material, ...(version === undefined ? {} : { version: versionParam(version) }) }
              : undefined,
        });
        const { created, ...answer } = uploaded;
        return {
          status: created ? 201 : 200,
          headers: { Location: `/api/files/${answer.sha256}`, 'Cache-Control': NO_STORE },
          body: answer,
        };
      },
    },
    {
      method: 'GET',
      path: '/api/files/:sha256',
      roles: ['clerk', 'admin', 'inspector'],
      summary: 'Download a stored scan by its SHA-256, as its content type, under ?name= (else the hash)',
      tag: 'files',
      querySchema: { type: 'object', additionalProperties: false, properties: { name: nameParam } },
      async handler(ctx) {
        const { sha256 } = ctx.params;
        if (!isSha256(sha256)) {
          throw new ValidationError('A file address is 64 lower-case hexadecimal digits (SHA-256).', {
            status: 400,
            code: 'BAD_SHA256',
          });
        }
        const { file, bytes } = await downloadFile(deps, sha256);
        return {
          body: bytes,
          contentType: file.contentType,
          headers: {
            'Content-Disposition': contentDisposition(cleanFileName(queryString(ctx, 'name'), file)),
            'X-Content-Type-Options': 'nosniff',
            // Scans of people's papers: kept out of shared counter PCs' caches; never run as a page.
            'Cache-Control': NO_STORE,
            'Content-Security-Policy': "default-src 'none'; sandbox",
          },
        };
      },
    },
  ];
}
