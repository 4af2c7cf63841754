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

/** A body being read: its chunks so far and how the read ends. */
interface Reading {
  chunks: Buffer[];
  size: number;
  limit: number;
  resolve(text: string): void;
  reject(error: Error): void;
}

const READING = Symbol('reading');
type ReadingRequest = IncomingMessage & { [READING]?: Reading };

// The listeners are shared by every request (the state rides on the request) rather than made anew
// for each one: reading a small body should not cost more than the body itself.
function finish(req: ReadingRequest, error: Error | null): void {
  const reading = req[READING];
  if (!reading) return;
  req[READING] = undefined;
  req.off('data', onData);
  req.off('end', onEnd);
  req.off('error', onError);
  req.off('aborted', onAborted);
  if (error) {
    req.pause();
    reading.reject(error);
    return;
  }
  const { chunks } = reading;
  try {
    reading.resolve(utf8.decode(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
  } catch {
    reading.reject(
      new ValidationError('The request body is not valid UTF-8.', { status: 400, code: 'MALFORMED_JSON' }),
    );
  }
}

function onData(this: ReadingRequest, chunk: Buffer): void {
  const reading = this[READING];
  if (!reading) return;
  reading.size += chunk.length;
  if (reading.size > reading.limit) finish(this, new PayloadTooLargeError(reading.limit));
  else reading.chunks.push(chunk);
}

function onEnd(this: ReadingRequest): void {
  finish(this, null);
}

function onError(this: ReadingRequest, error: Error): void {
  finish(this, new ValidationError('The request body could not be read.', { status: 400, cause: error }));
}

function onAborted(this: ReadingRequest): void {
  finish(this, new ValidationError('The request was aborted.', { status: 400 }));
}

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
    const reading: ReadingRequest = req;
    reading[READING] = { chunks: [], size: 0, limit, resolve, reject };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}
