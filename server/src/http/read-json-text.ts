import type { IncomingMessage } from 'node:http';
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../errors/index.ts';

/** The content types a body may have: JSON, or a `+json` type such as `application/merge-patch+json`. */
export const ACCEPTED_CONTENT_TYPES = ['application/json', 'application/*+json'] as const;

const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/;

/** Whether the request carries a body at all (a length above zero, or chunked transfer). */
export function hasBody(req: IncomingMessage): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return length !== '0';
  return req.headers['transfer-encoding'] !== undefined;
}

/**
 * Checks that a body is JSON in UTF-8 without content coding (415 otherwise: a form post or
 * `text/plain` is refused, which is also what keeps cross-site forms out).
 */
export function assertJsonContentType(req: IncomingMessage): void {
  const header = req.headers['content-type'];
  const [mediaType = '', ...parameters] = (header ?? '').split(';');
  if (!JSON_MEDIA_TYPE.test(mediaType.trim().toLowerCase())) {
    throw new UnsupportedMediaTypeError(header, ACCEPTED_CONTENT_TYPES);
  }
  for (const parameter of parameters) {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim().toLowerCase());
    if (name === 'charset' && value.replace(/"/g, '') !== 'utf-8' && value.replace(/"/g, '') !== 'utf8') {
      throw new UnsupportedMediaTypeError(header, ACCEPTED_CONTENT_TYPES, {
        code: 'UNSUPPORTED_CHARSET',
      });
    }
  }
  const coding = req.headers['content-encoding'];
  if (coding !== undefined && coding.toLowerCase() !== 'identity') {
    throw new UnsupportedMediaTypeError(header, ACCEPTED_CONTENT_TYPES, {
      code: 'UNSUPPORTED_CONTENT_ENCODING',
    });
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads the whole body as UTF-8 text, at most `limit` bytes (413 beyond: a declared length is
 * refused before a byte is read, a chunked body as soon as it passes the limit). The stream is
 * paused, not destroyed, on the way out, so the 413 can still be written; the error middleware
 * closes the connection after it rather than reading the rest.
 */
export function readJsonText(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? Number.NaN);
  if (declared > limit) return Promise.reject(new PayloadTooLargeError(limit));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (error: Error | null) => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
      if (error) {
        req.pause();
        reject(error);
        return;
      }
      try {
        resolve(utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
      } catch {
        reject(
          new ValidationError('The request body is not valid UTF-8.', {
            status: 400,
            code: 'MALFORMED_JSON',
          }),
        );
      }
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) finish(new PayloadTooLargeError(limit));
      else chunks.push(chunk);
    };
    const onEnd = () => finish(null);
    const onError = (error: Error) =>
      finish(new ValidationError('The request body could not be read.', { status: 400, cause: error }));
    const onAborted = () => finish(new ValidationError('The request was aborted.', { status: 400 }));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}
