import { type ApiClient, ApiError, type ProblemDocument, type RequestOptions } from '@onewindow/runtime/app';

/** One request the fake API received. */
export interface FakeCall {
  method: string;
  path: string;
  body: unknown;
  query: RequestOptions['query'];
  headers: RequestOptions['headers'];
}

/** Answers one route: return the JSON answer, or throw (e.g. {@link problem}) to fail. */
export type FakeHandler = (call: FakeCall) => unknown;

/** A failed answer for a fake handler to throw: an `ApiError` of `status` with the problem document. */
export function problem(status: number, doc: ProblemDocument = {}): ApiError {
  return new ApiError(status, { status, ...doc });
}

/**
 * An `ApiClient` for component tests: `routes` maps `"METHOD /path"` (no query string) to a handler;
 * every call is recorded in `calls`. `GET /api/auth/me` answers an administrator unless given.
 * An unknown route fails the test loudly with a 404 naming it.
 */
export function fakeApi(routes: Record<string, FakeHandler>): ApiClient & { calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const all: Record<string, FakeHandler> = {
    'GET /api/auth/me': () => ({ id: 'admin-id', username: 'admin', displayName: '管理员', role: 'admin' }),
    ...routes,
  };
  async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
    const call: FakeCall = {
      method,
      path,
      body: options.body,
      query: options.query,
      headers: options.headers,
    };
    calls.push(call);
    const handler = all[`${method} ${path}`];
    if (!handler) throw problem(404, { detail: `fake API has no route ${method} ${path}` });
    // A microtask later, as a real answer would come.
    await Promise.resolve();
    return handler(call) as T;
  }
  return {
    calls,
    request,
    get: (path, o) => request('GET', path, o),
    post: (path, body, o) => request('POST', path, { ...o, body }),
    put: (path, body, o) => request('PUT', path, { ...o, body }),
    patch: (path, body, o) => request('PATCH', path, { ...o, body }),
    onUnauthorized: () => () => {},
  };
}
