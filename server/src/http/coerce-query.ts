type Query = Record<string, string | string[] | undefined>;

function typeOf(schema: unknown): string | undefined {
  if (schema === null || typeof schema !== 'object') return undefined;
  const type = (schema as { type?: unknown }).type;
  return typeof type === 'string' ? type : undefined;
}

function coerceScalar(value: string, type: string | undefined): unknown {
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/**
 * A copy of the query with the values a query schema declares as numbers or booleans turned into
 * them (`page=2` → 2), and a single value of an array property wrapped (`status=accepted` →
 * `["accepted"]`), so the schema can say what it means. Anything that does not convert stays a
 * string and fails validation. The route still receives the query as strings.
 */
export function coerceQuery(query: Query, schema: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    const property = Object.hasOwn(properties, key) ? properties[key] : undefined;
    const type = typeOf(property);
    if (type === 'array') {
      const itemType = typeOf((property as { items?: unknown }).items);
      out[key] = (Array.isArray(value) ? value : [value]).map((v) => coerceScalar(v, itemType));
    } else {
      out[key] = Array.isArray(value) ? value.map((v) => coerceScalar(v, type)) : coerceScalar(value, type);
    }
  }
  return out;
}
