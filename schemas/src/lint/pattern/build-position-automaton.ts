import { type CharSet, EMPTY_SET } from './char-set.ts';
import type { RegexNode } from './parse-regex.ts';

/**
 * The position (Glushkov) automaton of a regex: one state per character-consuming step, state 0 the
 * start. Entering state `q` consumes one character of `sets[q]`. An edge's multiplicity counts the
 * distinct ways the regex links the two steps: `(a*)*` links `a` to itself twice, and a backtracking
 * matcher tries both.
 */
export interface PositionAutomaton {
  readonly sets: readonly CharSet[];
  readonly successors: readonly ReadonlyMap<number, number>[];
  /** Bodies of lookarounds: zero-width here, analysed as regexes of their own. */
  readonly lookarounds: readonly RegexNode[];
  readonly hasBackreference: boolean;
}

/** Thrown when the automaton would exceed {@link MAX_POSITIONS}. */
export class TooComplexError extends Error {}

/** More states than this and the pattern is refused as too complex to prove safe. */
export const MAX_POSITIONS = 500;
/**
 * `x{n}` is unrolled into n copies of x when x is rigid (one length, one way: `\d`, `[A-Z]{2}-`)
 * and that costs at most this many states; every other counted repeat `x{n,m}` is analysed as the
 * loop `x+` (or `x*`), whose paths include all of its own, so ambiguity is overstated, never hidden.
 * Unrolling anything else would hide ambiguity finite in n but exponential in m: `(?:a|a){40}`, or
 * twenty `\d{0,9}` in a row. So `\d{17}` stays exact, `[a-z]{2,20}` is a loop, `(.*a){10}` is `(.*a)+`.
 */
export const UNROLL_LIMIT = 256;

/**
 * A built sub-regex: its entry and exit states, each with the number of ways the regex reaches it
 * (`(?:|)b` reaches `b` two ways), and the number of ways it matches the empty string. Counts
 * saturate at 2: all that matters is whether a backtracking matcher has a second way.
 */
interface Fragment {
  first: ReadonlyMap<number, number>;
  last: ReadonlyMap<number, number>;
  empty: number;
}

const EPSILON: Fragment = { first: new Map(), last: new Map(), empty: 1 };
const saturate = (ways: number): number => Math.min(ways, 2);

function mergeWays(
  a: ReadonlyMap<number, number>,
  b: ReadonlyMap<number, number>,
  bTimes = 1,
): Map<number, number> {
  const merged = new Map(a);
  if (bTimes === 0) return merged;
  for (const [state, ways] of b) merged.set(state, saturate((merged.get(state) ?? 0) + ways * bTimes));
  return merged;
}

export function buildPositionAutomaton(root: RegexNode): PositionAutomaton {
  const builder = new Builder();
  const fragment = builder.build(root);
  builder.link(new Map([[0, 1]]), fragment.first);
  return builder;
}

class Builder implements PositionAutomaton {
  readonly sets: CharSet[] = [EMPTY_SET];
  readonly successors: Map<number, number>[] = [new Map()];
  readonly lookarounds: RegexNode[] = [];
  hasBackreference = false;
  private readonly sizes = new WeakMap<RegexNode, number>();

  link(from: ReadonlyMap<number, number>, to: ReadonlyMap<number, number>): void {
    for (const [f, fromWays] of from) {
      const successors = this.successors[f];
      for (const [t, toWays] of to) successors.set(t, saturate((successors.get(t) ?? 0) + fromWays * toWays));
    }
  }

  build(node: RegexNode): Fragment {
    switch (node.kind) {
      case 'chars':
        return this.position(node.set);
      case 'sequence':
        return node.items.reduce((acc, item) => this.concat(acc, this.build(item)), EPSILON);
      case 'alternation':
        return node.options
          .map((o) => this.build(o))
          .reduce(
            (acc, o) => ({
              first: mergeWays(acc.first, o.first),
              last: mergeWays(acc.last, o.last),
              empty: saturate(acc.empty + o.empty),
            }),
            { first: new Map(), last: new Map(), empty: 0 },
          );
      case 'repeat':
        return this.repeat(node.body, node.min, node.max);
      case 'lookaround':
        this.lookarounds.push(node.body);
        return EPSILON;
      case 'backreference':
        this.hasBackreference = true;
        return EPSILON;
      case 'assertion':
        return EPSILON;
    }
  }

  private position(set: CharSet): Fragment {
    if (this.sets.length > MAX_POSITIONS) throw new TooComplexError('too many states');
    const id = this.sets.length;
    this.sets.push(set);
    this.successors.push(new Map());
    const once = new Map([[id, 1]]);
    return { first: once, last: once, empty: 0 };
  }

  private concat(a: Fragment, b: Fragment): Fragment {
    this.link(a.last, b.first);
    return {
      first: mergeWays(a.first, b.first, a.empty),
      last: mergeWays(b.last, a.last, b.empty),
      empty: saturate(a.empty * b.empty),
    };
  }

  /**
   * Zero or one more iteration. ECMA-262's RepeatMatcher fails an iteration that matches empty once
   * the minimum is reached, so the only empty way is to skip it.
   */
  private optional(f: Fragment): Fragment {
    return { ...f, empty: 1 };
  }

  private repeat(body: RegexNode, min: number, max: number): Fragment {
    if (max === 0) return EPSILON;
    if (max === 1) {
      const once = this.build(body);
      return min === 0 ? this.optional(once) : once;
    }
    if (this.unrolls(body, min, max)) {
      let copies = EPSILON;
      for (let k = 0; k < max; k++) copies = this.concat(copies, this.build(body));
      return copies;
    }
    const loop = this.build(body);
    this.link(loop.last, loop.first);
    if (min === 0) return this.optional(loop);
    // Below the minimum an iteration may match empty, so a nullable body is entered (and, for a
    // minimum of 2 or more, left) one more way: `(?:a?)+` reaches `a` in the first or the second turn.
    const extra = 1 + loop.empty;
    return {
      first: mergeWays(new Map(), loop.first, extra),
      last: min > 1 ? mergeWays(new Map(), loop.last, extra) : loop.last,
      empty: loop.empty,
    };
  }

  /** `x{n}` with a rigid x within the budget becomes n copies of x; anything else a loop. */
  private unrolls(body: RegexNode, min: number, max: number): boolean {
    return min === max && this.rigid(body) && max * this.size(body) <= UNROLL_LIMIT;
  }

  /** Matches only strings of one length, each in one way: copies of it can never overlap. */
  private rigid(node: RegexNode): boolean {
    switch (node.kind) {
      case 'chars':
      case 'assertion':
      case 'lookaround':
        return true;
      case 'sequence':
        return node.items.every((n) => this.rigid(n));
      case 'repeat':
        return node.max <= 1
          ? node.min === node.max && this.rigid(node.body)
          : this.unrolls(node.body, node.min, node.max);
      default:
        return false;
    }
  }

  /** The number of states the node builds into (an estimate for loops: one copy). */
  private size(node: RegexNode): number {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    let size = 0;
    if (node.kind === 'chars') size = 1;
    else if (node.kind === 'sequence') size = node.items.reduce((n, item) => n + this.size(item), 0);
    else if (node.kind === 'alternation') size = node.options.reduce((n, option) => n + this.size(option), 0);
    else if (node.kind === 'repeat') size = node.max * this.size(node.body);
    this.sizes.set(node, Math.min(size, Number.MAX_SAFE_INTEGER));
    return size;
  }
}
