import { ApiError, type ProblemDocument } from './api-error.ts';

/** A query string's values; `undefined` and `''` are left out, arrays repeat the key. */
export type QueryParams = Readonly<Record<string, string | number | boolean | undefined | readonly string[]>>;

export interface RequestOptions {
  /** Sent as JSON. */
  body?: unknown;
  query?: QueryParams;
  headers?: Readonly<Record<string, string>>;
  signal?: AbortSignal;
}

/** The JSON API of the server: same-origin cookies, JSON in and out, problem+json errors as {@link ApiError}. */
export interface ApiClient {
  request<T>(method: string, path: string, options?: RequestOptions): Promise<T>;
  get<T>(path: string, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  post<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  put<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>): Promise<T>;
  /** Listens for 401 answers (e.g. an expired session); returns the function that stops listening. */
  onUnauthorized(listener: (error: ApiError) => void): () => void;
}

export interface ApiClientOptions {
  /** Prefix of every path (default: same origin). */
  baseUrl?: string;
  /** The fetch to use (tests pass a fake). */
  fetch?: typeof fetch;
  /** Called on every 401 answer, e.g. to forget the logged-in user. */
  onUnauthorized?: (error: ApiError) => void;
}

/** `path?a=1&b=x&b=y` from the query parameters. */
export function withQuery(path: string, query: QueryParams | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === '') continue;
    if (Array.isArray(value)) for (const v of value) params.append(key, v);
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}${path.includes('?') ? '&' : '?'}${text}` : path;
}

async function readBody(res: Response): Promise<unknown> {
  const text = await res.text();
  if (text === '') return undefined;
  const type = res.headers.get('content-type') ?? '';
  if (/[/+]json\b/.test(type)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

/** The problem document of a failed answer; a non-problem answer becomes a bare problem of its status. */
function toProblem(res: Response, body: unknown): ProblemDocument {
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    return { status: res.status, ...(body as ProblemDocument) };
  }
  return { status: res.status, title: res.statusText || `HTTP ${res.status}` };
}

/** Creates the API client (one per app; see `ApiProvider`). */
export function createApiClient(options: ApiClientOptions = {}): ApiClient {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const unauthorized = new Set<(error: ApiError) => void>();
  if (options.onUnauthorized) unauthorized.add(options.onUnauthorized);

  async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json', ...opts.headers };
    let body: string | undefined;
    if (opts.body !== undefined) {
      body = JSON.stringify(opts.body);
      headers['Content-Type'] = 'application/json';
    }
    let res: Response;
    try {
      res = await doFetch(baseUrl + withQuery(path, opts.query), {
        method,
        headers,
        body,
        credentials: 'same-origin',
        signal: opts.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError(0, { title: 'Network error', detail: (error as Error).message, code: 'NETWORK' });
    }
    const parsed = await readBody(res);
    if (!res.ok) {
      const error = new ApiError(res.status, toProblem(res, parsed));
      if (res.status === 401) for (const listener of unauthorized) listener(error);
      throw error;
    }
    return parsed as T;
  }

  return {
    request,
    get: (path, o) => request('GET', path, o),
    post: (path, body, o) => request('POST', path, { ...o, body }),
    put: (path, body, o) => request('PUT', path, { ...o, body }),
    patch: (path, body, o) => request('PATCH', path, { ...o, body }),
    onUnauthorized(listener) {
      unauthorized.add(listener);
      return () => unauthorized.delete(listener);
    },
  };
}
