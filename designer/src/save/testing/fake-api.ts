import { type ApiClient, ApiError, type RequestOptions, withQuery } from '@onewindow/runtime/app';

/** One request the fake server received. */
export interface FakeCall {
  method: string;
  path: string;
  body: unknown;
  headers: Readonly<Record<string, string>>;
}

/** Answers `METHOD /path?query` (the key); a function may throw an `ApiError` or return a promise. */
export type FakeRoutes = Record<string, unknown | ((call: FakeCall) => unknown)>;

/** An `ApiClient` over a table of answers, recording every call; an unknown route is a 404. */
export function fakeApi(routes: FakeRoutes): ApiClient & { calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const request = async <T>(method: string, path: string, options: RequestOptions = {}): Promise<T> => {
    const call = {
      method,
      path: withQuery(path, options.query),
      body: options.body,
      headers: options.headers ?? {},
    };
    calls.push(call);
    const key = `${method} ${call.path}`;
    if (!Object.hasOwn(routes, key))
      throw new ApiError(404, { title: 'Not Found', detail: `No fake for ${key}` });
    const answer = routes[key];
    return (typeof answer === 'function' ? await answer(call) : structuredClone(answer)) as T;
  };
  return {
    calls,
    request,
    get: (path, o) => request('GET', path, o),
    post: (path, body, o) => request('POST', path, { ...o, body }),
    put: (path, body, o) => request('PUT', path, { ...o, body }),
    patch: (path, body, o) => request('PATCH', path, { ...o, body }),
    onUnauthorized: () => () => undefined,
  };
}
