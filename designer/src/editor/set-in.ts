/**
 * Immutable updates by path: `setIn(obj, ['materials', 2, 'name'], value)` copies only the objects
 * and arrays along the path and shares everything else. `value === undefined` removes the key (or the
 * array element). Returns `obj` itself when nothing changed, so the store sees "no edit".
 */
export type Path = readonly (string | number)[];

export function getIn(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

export function setIn<T>(obj: T, path: Path, value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path;
  const container = (obj ?? (typeof key === 'number' ? [] : {})) as Record<string | number, unknown>;
  const before = container[key];
  const after = rest.length === 0 ? value : setIn(before, rest, value);
  if (after === before && (after !== undefined || !(key in container))) return obj;
  if (Array.isArray(container)) {
    const copy = container.slice();
    if (after === undefined && rest.length === 0) copy.splice(Number(key), 1);
    else copy[Number(key)] = after;
    return copy as T;
  }
  const copy = { ...container };
  if (after === undefined) delete copy[key];
  else copy[key] = after;
  return copy as T;
}

/** `setIn` for an updater of the current value. */
export function updateIn<T>(obj: T, path: Path, update: (current: unknown) => unknown): T {
  return setIn(obj, path, update(getIn(obj, path)));
}

/** The path of a JSON pointer (`/rules/0/event` → `['rules', 0, 'event']`; numbers for digits). */
export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^(0|[1-9][0-9]*)$/.test(part) ? Number(part) : part));
}

/** The JSON pointer of a path. */
export function pathToPointer(path: Path): string {
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}
