/** Escapes one reference token of a JSON pointer (RFC 6901): `~` → `~0`, `/` → `~1`. */
export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** `base` with the segments appended: `appendPointer('/rules/3', 'event', 'params')`. */
export function appendPointer(base: string, ...segments: readonly (string | number)[]): string {
  return base + segments.map((s) => `/${escapeSegment(s)}`).join('');
}

/**
 * The segments of a fact path as rules write it: a JSON pointer (`/applicant/name`, `/a~1b`) or a
 * dot path (`applicant.name`, `children.0.name`). A path without a leading slash is a dot path.
 */
export function parseFactPath(path: string): string[] {
  if (path.startsWith('/')) {
    return path
      .slice(1)
      .split('/')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  }
  return path === '' ? [] : path.split('.');
}
