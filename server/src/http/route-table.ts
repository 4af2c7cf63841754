import { ValidationError } from '../errors/index.ts';

/** A route's method and express-style path (`/api/items/:code/draft`), with what it leads to. */
export interface TableEntry<T> {
  method: string;
  path: string;
  value: T;
}

/** The entry a request reached, with its path parameters decoded. */
export interface RouteMatch<T> {
  value: T;
  params: Record<string, string>;
}

/** Finds the route of a request path as express's router did for these paths. */
export interface RouteTable<T> {
  /** The first entry of `method` (in the order given) whose path matches; `HEAD` finds `GET` routes. */
  match(method: string, path: string): RouteMatch<T> | null;
  /** Every method some entry answers at `path` (for `OPTIONS`), `HEAD` with `GET`, sorted. */
  methodsAt(path: string): string[];
}

interface Compiled<T> {
  value: T;
  /** A literal segment, or null where a parameter goes. */
  literals: (string | null)[];
  /** The parameter's name at each position, or null for a literal. */
  names: (string | null)[];
}

function splitPath(path: string): string[] {
  // Not strict: one trailing slash is the same path (`/api/cases/` is `/api/cases`).
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return trimmed.split('/');
}

function compile<T>(entry: TableEntry<T>): Compiled<T> {
  const segments = entry.path.split('/');
  return {
    value: entry.value,
    literals: segments.map((s) => (s.startsWith(':') ? null : s)),
    names: segments.map((s) => (s.startsWith(':') ? s.slice(1) : null)),
  };
}

function decodeParam(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    throw new ValidationError(`The path segment ${JSON.stringify(value)} is not valid percent-encoding.`, {
      status: 400,
      code: 'MALFORMED_PATH',
    });
  }
}

function matches<T>(route: Compiled<T>, segments: readonly string[]): boolean {
  if (route.literals.length !== segments.length) return false;
  for (let i = 0; i < segments.length; i++) {
    const literal = route.literals[i];
    // Case-sensitive, as the router was configured; a parameter takes one non-empty segment.
    if (literal === null ? segments[i] === '' : literal !== segments[i]) return false;
  }
  return true;
}

/**
 * A route table over express path syntax (literal segments and `:name` parameters), matched segment
 * by segment in declaration order: the first route that fits wins, as in express's router, without
 * running a regular expression per route per request. A parameter that is not valid percent-encoding
 * is a 400 (`MALFORMED_PATH`).
 */
export function createRouteTable<T>(entries: readonly TableEntry<T>[]): RouteTable<T> {
  const byMethod = new Map<string, Compiled<T>[]>();
  for (const entry of entries) {
    const list = byMethod.get(entry.method) ?? [];
    list.push(compile(entry));
    byMethod.set(entry.method, list);
  }
  return {
    match(method, path) {
      const routes = byMethod.get(method === 'HEAD' ? 'GET' : method);
      if (!routes) return null;
      const segments = splitPath(path);
      for (const route of routes) {
        if (!matches(route, segments)) continue;
        const params: Record<string, string> = {};
        route.names.forEach((name, i) => {
          if (name !== null) params[name] = decodeParam(segments[i]);
        });
        return { value: route.value, params };
      }
      return null;
    },
    methodsAt(path) {
      const segments = splitPath(path);
      const methods = new Set<string>();
      for (const [method, routes] of byMethod) {
        if (!routes.some((route) => matches(route, segments))) continue;
        methods.add(method);
        if (method === 'GET') methods.add('HEAD');
      }
      return [...methods].sort();
    },
  };
}
