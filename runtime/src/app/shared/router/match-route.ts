/** Params of a matched route, e.g. `{code: '1144…'}` for `/counter/items/:code`. */
export type RouteParams = Record<string, string>;

/**
 * Matches `path` against a pattern such as `/cases/:id`: segments are compared literally, `:name`
 * captures one (URL-decoded) segment, a trailing `/` is ignored. Null when it does not match.
 */
export function matchRoute(pattern: string, path: string): RouteParams | null {
  const want = pattern.split('/').filter(Boolean);
  const have = path.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: RouteParams = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i];
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(have[i]);
      } catch {
        return null;
      }
    } else if (w !== have[i]) {
      return null;
    }
  }
  return params;
}
