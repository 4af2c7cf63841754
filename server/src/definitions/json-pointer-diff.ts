import type { JsonValue } from '../storage/port.ts';

/**
 * One difference between two JSON documents. `path` is a JSON pointer (RFC 6901) into the NEW document
 * for `add`, `replace` and `move`, into the OLD one for `remove`; `from` is the old position of a moved
 * array element. Array elements that carry an `id` or `code` (rules, materials, fees, tests by `name`)
 * are matched by it, so inserting a rule reports one `add`, not a cascade of replacements.
 */
export interface JsonChange {
  op: 'add' | 'remove' | 'replace' | 'move';
  path: string;
  from?: string;
  old?: JsonValue;
  new?: JsonValue;
}

const ELEMENT_KEYS = ['id', 'code', 'name'] as const;

/** Escapes one pointer segment (`~` → `~0`, `/` → `~1`). */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}

const isObject = (v: JsonValue | undefined): v is { [key: string]: JsonValue } =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every difference from `before` to `after`, in document order. */
export function diffJson(before: JsonValue, after: JsonValue, path = ''): JsonChange[] {
  if (Array.isArray(before) && Array.isArray(after)) return diffArrays(before, after, path);
  if (isObject(before) && isObject(after)) return diffObjects(before, after, path);
  return sameJson(before, after) ? [] : [{ op: 'replace', path, old: before, new: after }];
}

function diffObjects(
  before: { [key: string]: JsonValue },
  after: { [key: string]: JsonValue },
  path: string,
): JsonChange[] {
  const changes: JsonChange[] = [];
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  for (const key of keys) {
    const at = `${path}/${pointerSegment(key)}`;
    if (!Object.hasOwn(after, key)) changes.push({ op: 'remove', path: at, old: before[key] });
    else if (!Object.hasOwn(before, key)) changes.push({ op: 'add', path: at, new: after[key] });
    else changes.push(...diffJson(before[key], after[key], at));
  }
  return changes;
}

/** The member that identifies the elements of both arrays (unique strings in each), or null. */
function elementKey(before: JsonValue[], after: JsonValue[]): (typeof ELEMENT_KEYS)[number] | null {
  const all = [...before, ...after];
  if (all.length === 0 || !all.every(isObject)) return null;
  return (
    ELEMENT_KEYS.find((key) =>
      [before, after].every((list) => {
        const values = list.map((e) => (e as { [k: string]: JsonValue })[key]);
        return values.every((v) => typeof v === 'string') && new Set(values).size === values.length;
      }),
    ) ?? null
  );
}

function diffArrays(before: JsonValue[], after: JsonValue[], path: string): JsonChange[] {
  const key = elementKey(before, after);
  if (key === null) {
    const changes: JsonChange[] = [];
    const common = Math.min(before.length, after.length);
    for (let i = 0; i < common; i++) changes.push(...diffJson(before[i], after[i], `${path}/${i}`));
    for (let i = before.length - 1; i >= common; i--)
      changes.push({ op: 'remove', path: `${path}/${i}`, old: before[i] });
    for (let i = common; i < after.length; i++)
      changes.push({ op: 'add', path: `${path}/${i}`, new: after[i] });
    return changes;
  }
  const idOf = (e: JsonValue) => (e as { [k: string]: JsonValue })[key] as string;
  const oldIndex = new Map(before.map((e, i) => [idOf(e), i]));
  const newIndex = new Map(after.map((e, i) => [idOf(e), i]));
  const changes: JsonChange[] = [];
  before.forEach((e, i) => {
    if (!newIndex.has(idOf(e))) changes.push({ op: 'remove', path: `${path}/${i}`, old: e });
  });
  // An element moved when the kept elements' relative order changed around it.
  const keptOld = before.map(idOf).filter((id) => newIndex.has(id));
  const keptNew = after.map(idOf).filter((id) => oldIndex.has(id));
  const rank = new Map(keptOld.map((id, i) => [id, i]));
  after.forEach((e, j) => {
    const id = idOf(e);
    const i = oldIndex.get(id);
    if (i === undefined) {
      changes.push({ op: 'add', path: `${path}/${j}`, new: e });
      return;
    }
    if (rank.get(id) !== keptNew.indexOf(id))
      changes.push({ op: 'move', from: `${path}/${i}`, path: `${path}/${j}` });
    changes.push(...diffJson(before[i], e, `${path}/${j}`));
  });
  return changes;
}

function sameJson(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
