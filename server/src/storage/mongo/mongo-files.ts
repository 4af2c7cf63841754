import mongoose from 'mongoose';
import { StorageError } from '../../errors/index.ts';
import type { Store, StoredFile } from '../port.ts';
import { assertFileIntact, assertSha256, fileSha256 } from '../shared/file-sha256.ts';
import { toInstant } from '../shared/to-instant.ts';
import { duplicateKeyFields } from './handle-mongo-error.ts';
import type { MongoContext } from './mongo-context.ts';

type FileOps = Pick<Store, 'putFile' | 'getFileInfo' | 'getFile'>;

/** The GridFS bucket: collections `files.files` (one document a file) and `files.chunks` (its bytes). */
export const FILES_BUCKET = 'files';

/** A GridFS file document as this adapter writes it: the content address is its `filename`. */
export interface GridFsFileDoc {
  _id: mongoose.Types.ObjectId;
  filename: string;
  length: number;
  metadata?: { contentType?: unknown; createdAt?: unknown } | null;
}

/** What the adapter keeps in a file document's `metadata`. */
export function gridFsMetadata(contentType: string, at: string): { contentType: string; createdAt: string } {
  return { contentType, createdAt: toInstant(at) };
}

/** The port's view of a GridFS file document; a document this adapter did not write is refused. */
export function fileFromGridFs(doc: GridFsFileDoc): StoredFile {
  const { contentType, createdAt } = doc.metadata ?? {};
  if (typeof contentType !== 'string' || typeof createdAt !== 'string') {
    throw new StorageError(`The stored file ${doc.filename} has no type or date on record.`);
  }
  return { sha256: doc.filename, size: doc.length, contentType, createdAt };
}

/**
 * The indexes the dedup relies on: a unique `filename` (the SHA-256) on the files collection, so that
 * two uploads of the same new bytes store one file; and GridFS's own unique chunk index, made here
 * rather than by the driver's first upload.
 */
export async function ensureFileIndexes(ctx: MongoContext): Promise<void> {
  const db = ctx.conn.db!;
  await db.collection(`${FILES_BUCKET}.files`).createIndex({ filename: 1 }, { unique: true });
  await db.collection(`${FILES_BUCKET}.chunks`).createIndex({ files_id: 1, n: 1 }, { unique: true });
}

function upload(
  bucket: mongoose.mongo.GridFSBucket,
  id: mongoose.Types.ObjectId,
  sha256: string,
  bytes: Uint8Array,
  metadata: object,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stream = bucket.openUploadStreamWithId(id, sha256, { metadata });
    stream.once('finish', () => resolve());
    stream.once('error', reject);
    stream.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}

function download(bucket: mongoose.mongo.GridFSBucket, id: mongoose.Types.ObjectId): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    bucket
      .openDownloadStream(id)
      .on('data', (chunk: Buffer) => chunks.push(chunk))
      .once('error', reject)
      .once('end', () => resolve(Buffer.concat(chunks)));
  });
}

/**
 * Stored files in a GridFS bucket, the file name being the SHA-256. GridFS writes the chunks and then
 * the file document, so a file is visible only once whole; of two uploads of the same new bytes the
 * unique `filename` lets one document in, and the other removes its chunks and answers the first.
 */
export function mongoFiles(ctx: MongoContext): FileOps {
  const bucket = new mongoose.mongo.GridFSBucket(ctx.conn.db!, { bucketName: FILES_BUCKET });
  const files = ctx.conn.db!.collection<GridFsFileDoc>(`${FILES_BUCKET}.files`);
  const chunks = ctx.conn.db!.collection(`${FILES_BUCKET}.chunks`);
  const find = (sha256: string) => {
    assertSha256(sha256);
    return files.findOne({ filename: { $eq: sha256 } });
  };

  return {
    async putFile({ bytes, contentType, at }) {
      const sha256 = fileSha256(bytes);
      const metadata = gridFsMetadata(contentType, at);
      const known = await find(sha256);
      if (known) return { file: fileFromGridFs(known), created: false };
      const id = new mongoose.Types.ObjectId();
      try {
        await upload(bucket, id, sha256, bytes, metadata);
      } catch (error) {
        if (duplicateKeyFields(error)?.[0] !== 'filename') throw error;
        await chunks.deleteMany({ files_id: { $eq: id } });
        const first = await find(sha256);
        if (!first) throw error;
        return { file: fileFromGridFs(first), created: false };
      }
      return { file: { sha256, size: bytes.byteLength, ...metadata }, created: true };
    },

    async getFileInfo({ sha256 }) {
      const doc = await find(sha256);
      return doc ? fileFromGridFs(doc) : null;
    },

    async getFile({ sha256 }) {
      const doc = await find(sha256);
      if (!doc) return null;
      const bytes = await download(bucket, doc._id);
      assertFileIntact(sha256, bytes);
      return { file: fileFromGridFs(doc), bytes };
    },
  };
}
