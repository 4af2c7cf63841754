import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { isAppError, NotFoundError, RateLimitedError } from '../errors/index.ts';
import { bareProblem, PROBLEM_CONTENT_TYPE, type Problem, problemOf } from './problem.ts';
import { requestIdOf } from './request-context.ts';

/** An error express or one of its parsers raised with a client status it means to show (`http-errors`). */
function clientStatusOf(error: unknown): number | null {
  if (error === null || typeof error !== 'object') return null;
  const { status, expose } = error as { status?: unknown; expose?: unknown };
  return typeof status === 'number' && status >= 400 && status < 500 && expose === true ? status : null;
}

/** Answers any path no route claims with a 404 problem. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new NotFoundError(`There is no ${req.method} ${req.path}.`, { code: 'NO_SUCH_ROUTE' }));
};

/**
 * THE error answer (STYLE.md #4): an `AppError` becomes its RFC 9457 problem with its status and
 * extensions (`errors`, `currentRevision`, `allowed`, ...); a 429 also gets `Retry-After`, a 413
 * closes the connection instead of reading the rest of the body. Anything else is logged with the
 * request id and answered as a bare 500 that says nothing about it. An error after the answer had
 * started is logged and the connection closed: the client must not take a cut answer as whole.
 */
export function writeProblem(
  error: unknown,
  req: IncomingMessage,
  res: ServerResponse,
  logger: Logger,
): void {
  const requestId = requestIdOf(res);
  if (res.headersSent) {
    logger.error({ err: error, reqId: requestId }, 'error after the answer had started');
    req.socket.destroy();
    return;
  }
  // express rewrites `url` inside a mounted router; `originalUrl` is what the client asked for.
  const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
  const query = url.indexOf('?');
  const instance = query === -1 ? url : url.slice(0, query);
  let problem: Problem;
  if (isAppError(error)) {
    problem = problemOf(error, instance, requestId);
    if (error instanceof RateLimitedError) res.setHeader('Retry-After', String(error.retryAfter));
    if (error.status === 413) res.setHeader('Connection', 'close');
    if (error.status >= 500) logger.error({ err: error, cause: error.cause, reqId: requestId }, error.detail);
  } else {
    const status = clientStatusOf(error);
    if (status === null) logger.error({ err: error, reqId: requestId }, 'unexpected error');
    problem = bareProblem(status ?? 500, instance, requestId);
  }
  const text = JSON.stringify(problem);
  res.statusCode = problem.status;
  res.setHeader('Content-Type', PROBLEM_CONTENT_TYPE);
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

/** {@link writeProblem} as express's error middleware (for what the web-app router and 404s raise). */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => writeProblem(error, req, res, logger);
}
