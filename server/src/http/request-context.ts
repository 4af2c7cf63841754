import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';

/** A client's `X-Request-Id` is honoured when it looks like an id: short, no spaces or control characters. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

const requestIds = new WeakMap<ServerResponse, string>();

/** The request id of a request (set by {@link beginRequest}). */
export function requestIdOf(res: ServerResponse): string {
  return requestIds.get(res) ?? '';
}

/**
 * Gives a request its id — the client's `X-Request-Id` if sane, else a random UUID; whoever writes the
 * answer echoes it in `X-Request-Id` (create-http-app.ts) — and, when the logger writes `info`, logs one line per answered
 * request (method, path, status, milliseconds, request id) so that a problem document's `requestId`
 * leads to its log line. Above `info` nothing is timed and no listener is added. Returns the id.
 */
export function beginRequest(req: IncomingMessage, res: ServerResponse, logger: Logger): string {
  const offered = req.headers['x-request-id'];
  const requestId = typeof offered === 'string' && SANE_REQUEST_ID.test(offered) ? offered : randomUUID();
  requestIds.set(res, requestId);
  if (logger.isLevelEnabled('info')) {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const url = req.url ?? '';
      const query = url.indexOf('?');
      logger.info(
        {
          reqId: requestId,
          method: req.method,
          path: query === -1 ? url : url.slice(0, query),
          status: res.statusCode,
          ms,
        },
        'request',
      );
    });
  }
  return requestId;
}
