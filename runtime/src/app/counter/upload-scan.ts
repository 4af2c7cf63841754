import { ApiError, type ProblemDocument } from '../shared/api/api-error.ts';
import type { UploadedFile } from '../shared/api/api-types.ts';

export interface UploadScanArgs {
  file: Blob;
  /** The file's name, recorded with it (a label: the server judges the type by content). */
  name: string;
  /** The item version and material the scan is for: the server holds it to that material's types and size. */
  item: { code: string; version: number };
  material: string;
  /** 0–100 as the bytes go out. */
  onProgress?(percent: number): void;
  signal?: AbortSignal;
}

/** Sends one scan to the server; injected so that tests (and other transports) can stand in. */
export type ScanUploader = (args: UploadScanArgs) => Promise<UploadedFile>;

function problemOf(xhr: XMLHttpRequest): ProblemDocument {
  try {
    const body: unknown = JSON.parse(xhr.responseText);
    if (body !== null && typeof body === 'object' && !Array.isArray(body)) return body as ProblemDocument;
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return { status: xhr.status, title: xhr.statusText || `HTTP ${xhr.status}` };
}

/**
 * `POST /api/files` with the file itself as the body (same-origin cookie), through XMLHttpRequest
 * because fetch reports no upload progress. Failures are {@link ApiError}s like the JSON client's:
 * the server's problem document (415 type, 413 size, ...), or status 0 when the server was not reached.
 */
export const uploadScan: ScanUploader = ({ file, name, item, material, onProgress, signal }) =>
  new Promise((resolve, reject) => {
    const query = new URLSearchParams({ name, item: item.code, version: String(item.version), material });
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/files?${query}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as UploadedFile);
      else reject(new ApiError(xhr.status, problemOf(xhr)));
    };
    xhr.onerror = () =>
      reject(
        new ApiError(0, {
          title: 'Network error',
          detail: 'The upload did not reach the server.',
          code: 'NETWORK',
        }),
      );
    xhr.onabort = () => reject(new DOMException('The upload was cancelled.', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
