import type { LocalizedText } from '@onewindow/schemas';
import type { JsonChange } from '../api/designer-api-types.ts';

/** The changes under one top-level part of a definition (`form`, `rules`, `name`, ...). */
export interface PartChanges {
  /** The top-level key, or '' for a change of the whole document. */
  part: string;
  changes: JsonChange[];
}

/**
 * The changes an administrator made: without `/version`, which every published definition carries
 * (its own number) and a draft does not, so it differs in every diff and says nothing.
 */
export function meaningfulChanges(changes: readonly JsonChange[]): JsonChange[] {
  return changes.filter((c) => c.path !== '/version');
}

/** The first segment of a JSON pointer, unescaped (`/rules/3/event` → `rules`). */
export function partOf(pointer: string): string {
  const segment = pointer.split('/')[1] ?? '';
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The pointer below its part (`/rules/3/event` → `/3/event`; the part itself → ''). */
export function withinPart(pointer: string): string {
  const rest = pointer.indexOf('/', 1);
  return rest < 0 ? '' : pointer.slice(rest);
}

/** Changes grouped by top-level part, parts in the order they first appear. */
export function groupChanges(changes: readonly JsonChange[]): PartChanges[] {
  const groups = new Map<string, JsonChange[]>();
  for (const change of changes) {
    const part = partOf(change.path);
    const group = groups.get(part);
    if (group) group.push(change);
    else groups.set(part, [change]);
  }
  return [...groups].map(([part, list]) => ({ part, changes: list }));
}

const MAX_TEXT = 160;

function isLocalizedText(value: unknown): value is LocalizedText {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every((k) => k === 'zh-CN' || k === 'en') &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

/**
 * A value of a change as one short line: text as it is, a `{zh-CN, en}` text in the current language
 * (via `text`), anything else as compact JSON, cut at 160 characters; undefined when there is none.
 */
export function describeValue(value: unknown, text: (v: LocalizedText) => string): string | undefined {
  if (value === undefined) return undefined;
  const line =
    typeof value === 'string' ? value : isLocalizedText(value) ? text(value) : JSON.stringify(value);
  return line.length > MAX_TEXT ? `${line.slice(0, MAX_TEXT - 1)}…` : line;
}
