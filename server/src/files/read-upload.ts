import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import { PayloadTooLargeError, ValidationError } from '../errors/index.ts';

/** The 413 of an upload past the server's limit (the error middleware then closes the connection). */
export function fileTooLarge(limit: number, extensions: Record<string, unknown> = {}): PayloadTooLargeError {
  return new PayloadTooLargeError(limit, { code: 'FILE_TOO_LARGE', extensions });
}

/**
 * Reads an upload's bytes, at most `limit` of them: a declared `Content-Length` above it is refused
 * before a byte is read, a chunked body as soon as it passes it (413 either way). The stream is paused,
 * not destroyed, on the way out so the 413 can still be written. An empty body is a 400.
 */
export function readUpload(stream: Readable, headers: IncomingHttpHeaders, limit: number): Promise<Buffer> {
  const declared = Number(headers['content-length'] ?? Number.NaN);
  if (declared > limit) return Promise.reject(fileTooLarge(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error: Error | null) => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.off('aborted', onAborted);
      if (error) {
        stream.pause();
        reject(error);
      } else if (size === 0) {
        reject(
          new ValidationError('The upload is empty: send the file as the request body.', {
            status: 400,
            code: 'EMPTY_FILE',
          }),
        );
      } else {
        resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
      }
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(fileTooLarge(limit));
      else chunks.push(chunk);
    };
    const onEnd = () => finish(null);
    const onError = (error: Error) =>
      finish(new ValidationError('The upload could not be read.', { status: 400, cause: error }));
    const onAborted = () => finish(new ValidationError('The upload was aborted.', { status: 400 }));
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.on('aborted', onAborted);
  });
}
