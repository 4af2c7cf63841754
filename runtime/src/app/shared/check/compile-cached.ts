import type { ServiceItem } from '@onewindow/schemas';
import { type CompiledItem, compile } from '../../../engine/index.ts';

const MAX = 8;
const cache = new Map<string, CompiledItem>();

/**
 * `compile(definition)` once per published version (keyed by its hash): switching between items at
 * the counter, or coming back to one, reuses the compiled evaluator. A few versions are kept.
 */
export function compileCached(version: { hash: string; definition: ServiceItem }): CompiledItem {
  const known = cache.get(version.hash);
  if (known) {
    cache.delete(version.hash);
    cache.set(version.hash, known);
    return known;
  }
  const compiled = compile(version.definition);
  cache.set(version.hash, compiled);
  if (cache.size > MAX) cache.delete(cache.keys().next().value as string);
  return compiled;
}
