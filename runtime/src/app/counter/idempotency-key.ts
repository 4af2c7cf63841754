/** A random UUID v4. `crypto.randomUUID` exists only in secure contexts, and a centre may serve plain http on its LAN. */
export function uuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * An Idempotency-Key for a receipt: the same key while the same input is retried (a timeout then a
 * retry files the case once), a new one as soon as the input changes.
 */
export function createIdempotencyKeys(): (input: unknown) => string {
  let last: { text: string; key: string } | null = null;
  return (input) => {
    const text = JSON.stringify(input);
    if (last?.text !== text) last = { text, key: uuid() };
    return last.key;
  };
}
