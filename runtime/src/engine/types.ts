import type { DefinitionRef, Fee, Locale, Material, ServiceItem } from '@onewindow/schemas';
import type { CompiledForm } from './compile-form.ts';
import type { CompiledRule } from './compile-rules.ts';
import type { MaterialTable } from './material-table.ts';
import type { OperatorFactory, OperatorTable } from './operators.ts';
import type { JsonValue } from './to-json-value.ts';

/** One published (or draft) definition version, compiled once and checked many times. */
export interface CompiledItem {
  /** The definition as compiled: a deep-frozen JSON copy, so later edits to the input cannot drift from `ref.hash`. */
  readonly definition: ServiceItem;
  /** `{code, version, hash}`: what every case and audit record pins. */
  readonly ref: DefinitionRef;
  readonly form: CompiledForm;
  /** Rules in result order: priority descending, then definition order. */
  readonly rules: readonly CompiledRule[];
  /** The materials (申请材料) as defined, in definition order. */
  readonly materials: readonly Material[];
  /** Every material's status for a check's fired rules and provided codes (see `compileMaterialTable`). */
  readonly materialTable: MaterialTable;
  /** The fee table (收费项目), in definition order. */
  readonly fees: readonly Fee[];
  /** The operator factory the rules were compiled against. */
  readonly createOperators: OperatorFactory;
  /** The names `createOperators` registers. */
  readonly operatorNames: readonly string[];
  /** SHA-256 as hex of UTF-8 text (or its bytes), for the definition hash and every facts hash. */
  readonly sha256Hex: Sha256Hex;
  /** The operator table for a check date, built once per date and reused. */
  readonly operatorsOn: (today: string) => OperatorTable;
}

/**
 * SHA-256 as 64 lowercase hex digits, of the UTF-8 encoding of text or of bytes as they are. Bytes
 * it is given may be a view of a buffer that is written again after it returns: it must not keep them.
 */
export type Sha256Hex = (data: string | Uint8Array) => string;

/** Options of `compile`. */
export interface CompileOptions {
  /** The operator registry (default: `createOperators` from operators.ts). Both evaluators use it. */
  operators?: OperatorFactory;
  /**
   * SHA-256 as 64 hex digits of UTF-8 text, or of bytes: the facts hash is taken of the UTF-8 bytes
   * the facts writer writes (default: `sha256Hex`, pure JS from @noble/hashes, so the engine runs
   * anywhere). A server may pass its platform's native SHA-256 (node:crypto), several times faster on
   * the per-check facts hash; any correct SHA-256 gives identical results.
   */
  sha256Hex?: Sha256Hex;
}

/** What a check needs besides the case. The engine never reads the clock: `today` is always given. */
export interface CheckContext {
  /** The check date, `YYYY-MM-DD` (in the centre's time zone). */
  today: string;
  /** A holiday calendar for working-day arithmetic; the intake check itself does not count days. */
  calendar?: unknown;
  /** Preferred language of the caller. Results carry zh-CN and en either way, so it changes nothing in them. */
  locale?: Locale;
  /**
   * Called once during the check with the facts it judged and hashed, for a caller that stores them
   * (the server's facts snapshot) without pruning and hashing the case again. Changes nothing in the
   * result.
   */
  onFacts?: (facts: JudgedFacts) => void;
}

/** The facts a check judged (see `CheckContext.onFacts`). Read-only: they are the check's own. */
export interface JudgedFacts {
  /** The form data after the hidden-field policy. */
  readonly form: JsonValue;
  /** The material codes provided, unique and sorted by code unit. */
  readonly materials: readonly string[];
  /**
   * The canonical JSON of `{form, materials, today}` as UTF-8: the very bytes `factsHash` is the
   * SHA-256 of. Valid only during the call (the engine writes the next check's facts into the same
   * buffer): decode or copy them there.
   */
  readonly canonical: Uint8Array;
}

/** Names of the two evaluators, as results record them in `engine`. */
export const ENGINE_COMPILED = 'onewindow-compiled@1';
export const ENGINE_REFERENCE = 'json-rules-engine@7.3';
