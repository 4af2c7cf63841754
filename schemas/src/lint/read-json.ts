/** A JSON object, as far as lint can tell: anything non-null, not an array, of type object. */
export type JsonObject = Record<string, unknown>;

export function isRecord(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property (never one inherited from `Object.prototype`, such as `constructor`). */
export function own(value: unknown, key: string): unknown {
  return isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined;
}

export function objectAt(value: unknown, key: string): JsonObject | undefined {
  const v = own(value, key);
  return isRecord(v) ? v : undefined;
}

export function arrayAt(value: unknown, key: string): readonly unknown[] {
  const v = own(value, key);
  return Array.isArray(v) ? v : [];
}

export function stringAt(value: unknown, key: string): string | undefined {
  const v = own(value, key);
  return typeof v === 'string' ? v : undefined;
}

/** The object items of a list with their indexes; other items are skipped (schema findings report them). */
export function objectItems(list: readonly unknown[]): [number, JsonObject][] {
  const items: [number, JsonObject][] = [];
  list.forEach((item, index) => {
    if (isRecord(item)) items.push([index, item]);
  });
  return items;
}
