import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { AppError, StorageError } from '../../errors/index.ts';
import type { PutFileResult, Store, StoredFile } from '../port.ts';
import { assertFileIntact, assertSha256, fileSha256 } from '../shared/file-sha256.ts';
import { toInstant } from '../shared/to-instant.ts';
import type { Db } from './open-sqlite-database.ts';
import { translateSqliteError } from './translate-sqlite-error.ts';
import type { WriteBatcher } from './write-batcher.ts';

export type FileOps = Pick<Store, 'putFile' | 'getFileInfo' | 'getFile'>;

export interface SqliteFilesArgs {
  db: Db;
  /** Where the bytes live: `<dir>/ab/cd/<sha256>`, half-written ones in `<dir>/tmp`. */
  dir: string;
  batcher: WriteBatcher;
}

interface FileRow {
  sha256: string;
  size: number;
  content_type: string;
  created_at: string;
}

/** A temp file this old is left over from a crash (an upload takes seconds), not one being written. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** `<dir>/ab/cd/<sha256>`: two levels of 256 directories keep every directory small. */
export function fileLocation(dir: string, sha256: string): string {
  return join(dir, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

function fileFromRow(r: FileRow): StoredFile {
  return { sha256: r.sha256, size: r.size, contentType: r.content_type, createdAt: r.created_at };
}

/** Database errors as the rest of the adapter translates them; file-system errors say "file store". */
function translateFileError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE')) return translateSqliteError(error);
  if (error instanceof TypeError && /database connection is not open/.test(error.message)) {
    return translateSqliteError(error);
  }
  if (code === 'ENOSPC') return new StorageError('The file store is full.', { cause: error });
  return new StorageError('The file store failed.', { cause: error });
}

/** fsync of a directory, so that a rename or a new entry in it survives a power cut (not on Windows). */
async function syncDirectory(path: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Writes the bytes where their hash says, atomically and durably: into a temp file in the same file
 * system, fsynced, renamed over the target (a reader sees no file or the whole file, never half of
 * one), then the directories that gained an entry fsynced. Two uploads of the same new bytes at once
 * both rename identical content: harmless.
 */
async function writeDurably(dir: string, tmp: string, sha256: string, bytes: Uint8Array): Promise<void> {
  const target = fileLocation(dir, sha256);
  const firstCreated = await mkdir(dirname(target), { recursive: true });
  const temp = join(tmp, `${sha256}.${randomUUID()}.part`);
  const handle = await open(temp, 'wx', 0o600);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(dirname(target));
  // Each directory just made is an entry of its parent: sync the parents, up to the first one made.
  for (let d = dirname(target); firstCreated !== undefined && d !== dirname(d); d = dirname(d)) {
    await syncDirectory(dirname(d));
    if (d === firstCreated) break;
  }
}

/** Removes temp files a crash left behind; ones still being written (recent) are left alone. */
function sweepStaleTemp(tmp: string, now: number): void {
  for (const name of readdirSync(tmp)) {
    const path = join(tmp, name);
    if (now - statSync(path).mtimeMs > STALE_TEMP_MS) rmSync(path, { force: true });
  }
}

/**
 * The file store of the embedded adapter: content-addressed files under `dir`, and a `files` row per
 * file, written (group-committed like every write) only once the file is durable — so a row always
 * names bytes on disk, and a crash in between leaves an unlisted file that the next upload of the
 * same bytes simply writes again.
 */
export function sqliteFiles({ db, dir, batcher }: SqliteFilesArgs): FileOps {
  const tmp = join(dir, 'tmp');
  try {
    mkdirSync(tmp, { recursive: true });
    sweepStaleTemp(tmp, Date.now());
  } catch (error) {
    throw translateFileError(error);
  }
  const byHash = db.prepare<[string], FileRow>('SELECT * FROM files WHERE sha256 = ?');
  const insert = db.prepare<[string, number, string, string]>(
    'INSERT INTO files (sha256, size, content_type, created_at) VALUES (?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING',
  );
  const info = (sha256: string): StoredFile | null => {
    assertSha256(sha256);
    const row = byHash.get(sha256);
    return row ? fileFromRow(row) : null;
  };

  return {
    async putFile({ bytes, contentType, at }) {
      try {
        const sha256 = fileSha256(bytes);
        const createdAt = toInstant(at);
        const known = info(sha256);
        if (known) return { file: known, created: false };
        await writeDurably(dir, tmp, sha256, bytes);
        return await batcher.enqueue((): PutFileResult => {
          const created = insert.run(sha256, bytes.byteLength, contentType, createdAt).changes === 1;
          return { file: info(sha256)!, created };
        });
      } catch (error) {
        throw translateFileError(error);
      }
    },

    async getFileInfo({ sha256 }) {
      try {
        return info(sha256);
      } catch (error) {
        throw translateFileError(error);
      }
    },

    async getFile({ sha256 }) {
      try {
        const file = info(sha256);
        if (!file) return null;
        const bytes = await readFile(fileLocation(dir, sha256)).catch((error: unknown) => {
          const missing = (error as { code?: unknown }).code === 'ENOENT';
          throw missing
            ? new StorageError(`The stored file ${sha256} is missing from the file store.`, { cause: error })
            : error;
        });
        assertFileIntact(sha256, bytes);
        return { file, bytes };
      } catch (error) {
        throw translateFileError(error);
      }
    },
  };
}
