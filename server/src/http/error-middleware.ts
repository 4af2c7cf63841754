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
 * THE error middleware (STYLE.md #4): an `AppError` becomes its RFC 9457 problem with its status
 * and extensions (`errors`, `currentRevision`, `allowed`, ...); a 429 also gets `Retry-After`, a
 * 413 closes the connection instead of reading the rest of the body. Anything else is logged with
 * the request id and answered as a bare 500 that says nothing about it.
 */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) {
      logger.error({ err: error, reqId: requestIdOf(res) }, 'error after the answer had started');
      next(error);
      return;
    }
    const requestId = requestIdOf(res);
    const instance = req.originalUrl.split('?')[0];
    let problem: Problem;
    if (isAppError(error)) {
      problem = problemOf(error, instance, requestId);
      if (error instanceof RateLimitedError) res.setHeader('Retry-After', String(error.retryAfter));
      if (error.status === 413) res.setHeader('Connection', 'close');
      if (error.status >= 500)
        logger.error({ err: error, cause: error.cause, reqId: requestId }, error.detail);
    } else {
      const status = clientStatusOf(error);
      if (status === null) logger.error({ err: error, reqId: requestId }, 'unexpected error');
      problem = bareProblem(status ?? 500, instance, requestId);
    }
    res.status(problem.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problem));
  };
}
