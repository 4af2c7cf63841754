import { type CompiledItem, compile, EngineDefinitionError } from '@onewindow/runtime/engine';
import type { ServiceItem } from '@onewindow/schemas';
import { useRef } from 'react';

/** The working copy compiled by the engine, or why it cannot be. */
export type CompiledDraft =
  | { compiled: CompiledItem; error: null }
  | { compiled: null; error: { message: string; pointer: string } };

/** Compiles the definition without its tests (they are run, not compiled); never throws. */
function compileDraft(definition: ServiceItem): CompiledDraft {
  try {
    return { compiled: compile({ ...definition, tests: [] }), error: null };
  } catch (error) {
    if (error instanceof EngineDefinitionError) {
      return { compiled: null, error: { message: error.message, pointer: error.pointer } };
    }
    // Anything else is a definition so broken the engine trips over it: still the draft's fault here.
    return { compiled: null, error: { message: String(error), pointer: '' } };
  }
}

/** True when `a` and `b` differ at most in `tests` (edits share every untouched part). */
function sameBesidesTests(a: ServiceItem, b: ServiceItem): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    if (key !== 'tests' && a[key as keyof ServiceItem] !== b[key as keyof ServiceItem]) return false;
  }
  return true;
}

/**
 * The working copy compiled, recompiled only when something besides `tests` changed: editing a test
 * (every keystroke of its name, every tick) must not pay for compiling the form and the rules again.
 */
export function useCompiledDraft(definition: ServiceItem): CompiledDraft {
  const cache = useRef<{ definition: ServiceItem; value: CompiledDraft } | null>(null);
  const cached = cache.current;
  if (cached && sameBesidesTests(cached.definition, definition)) return cached.value;
  const value = compileDraft(definition);
  cache.current = { definition, value };
  return value;
}
