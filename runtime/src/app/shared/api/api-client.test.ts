import { describe, expect, it, vi } from 'vitest';
import { createApiClient, withQuery } from './api-client.ts';
import { ApiError, isApiError } from './api-error.ts';

function answer(status: number, body: unknown, type = 'application/json'): Response {
  return new Response(body === undefined ? null : typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': type },
  });
}

describe('the API client', () => {
  it('sends JSON with the same-origin cookies and returns the parsed answer', async () => {
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => answer(201, { id: 'c1' }));
    const api = createApiClient({ fetch });
    await expect(
      api.post('/api/cases', { code: 'x' }, { headers: { 'Idempotency-Key': 'k1' } }),
    ).resolves.toEqual({ id: 'c1' });
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/api/cases');
    expect(init?.method).toBe('POST');
    expect(init?.credentials).toBe('same-origin');
    expect(init?.body).toBe('{"code":"x"}');
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json', 'Idempotency-Key': 'k1' });
  });

  it('turns a problem+json answer into an ApiError with status, title, detail, code and field errors', async () => {
    const problem = {
      type: 'https://onewindow.example/problems/validation-failed',
      title: 'Validation failed',
      status: 400,
      detail: 'The request body is not valid: 1 problem.',
      code: 'VALIDATION_FAILED',
      errors: [{ path: '/caseNumber', message: 'must match pattern' }, { nonsense: true }],
      requestId: 'r1',
    };
    const api = createApiClient({
      fetch: async () => answer(400, problem, 'application/problem+json; charset=utf-8'),
    });
    const error = await api.post('/api/public/progress', {}).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    const e = error as ApiError;
    expect(e.status).toBe(400);
    expect(e.title).toBe('Validation failed');
    expect(e.detail).toBe('The request body is not valid: 1 problem.');
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(e.fieldErrors).toEqual([{ path: '/caseNumber', message: 'must match pattern' }]);
    expect(e.problem.requestId).toBe('r1');
  });

  it('keeps problem extensions such as the current revision of a 409', async () => {
    const api = createApiClient({
      fetch: async () =>
        answer(
          409,
          { title: 'Revision conflict', status: 409, code: 'REVISION_CONFLICT', currentRevision: 7 },
          'application/problem+json',
        ),
    });
    const e = (await api.get('/api/x').catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(409);
    expect(e.problem.currentRevision).toBe(7);
  });

  it('makes a bare ApiError of a failure that is not JSON', async () => {
    const api = createApiClient({
      fetch: async () => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }),
    });
    const e = (await api.get('/api/x').catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(502);
    expect(e.title).toBe('Bad Gateway');
    expect(e.fieldErrors).toEqual([]);
  });

  it('reports a server it cannot reach as status 0', async () => {
    const api = createApiClient({ fetch: async () => Promise.reject(new TypeError('fetch failed')) });
    const e = (await api.get('/api/x').catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(0);
    expect(e.isNetworkError).toBe(true);
  });

  it('tells its listeners about every 401 (an expired session)', async () => {
    const api = createApiClient({
      fetch: async () => answer(401, { title: 'Unauthorized', status: 401 }, 'application/problem+json'),
    });
    const heard = vi.fn();
    const stop = api.onUnauthorized(heard);
    await api.get('/api/auth/me').catch(() => undefined);
    stop();
    await api.get('/api/auth/me').catch(() => undefined);
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it('answers undefined for 204 No Content', async () => {
    const api = createApiClient({ fetch: async () => new Response(null, { status: 204 }) });
    await expect(api.post('/api/auth/logout')).resolves.toBeUndefined();
  });

  it('builds query strings without empty values and with repeated keys', () => {
    expect(
      withQuery('/api/cases', { q: '', status: ['received', 'accepted'], page: 2, light: undefined }),
    ).toBe('/api/cases?status=received&status=accepted&page=2');
  });
});
