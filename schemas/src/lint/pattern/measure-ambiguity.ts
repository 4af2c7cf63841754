import type { PositionAutomaton } from './build-position-automaton.ts';
import { type CharSet, intersectSets, setsOverlap } from './char-set.ts';
import { stronglyConnected } from './strongly-connected.ts';

/**
 * How many ways a backtracking matcher may try before it fails, as a function of input length n:
 * `exponential` (2^n: EDA), `polynomial` of a degree (n^k: IDA of degree k; 1 is linear, 0 a finite
 * language), or `too-complex` when the analysis ran out of budget.
 */
export type Ambiguity =
  | { readonly kind: 'exponential' }
  | { readonly kind: 'polynomial'; readonly degree: number }
  | { readonly kind: 'too-complex' };

/** Steps of product-automaton search allowed per automaton; beyond it the pattern is refused. */
export const ANALYSIS_BUDGET = 1_000_000;

class BudgetExceeded extends Error {}

/**
 * Measures the ambiguity of a position automaton after Weideman, van der Merwe, Berglund and Watson,
 * "Analyzing matching time behavior of backtracking regular expression matchers by using ambiguity
 * of NFA" (CIAA 2016):
 * - exponential when some state has two distinct paths back to itself reading the same word: a
 *   parallel (multiplicity ≥ 2) edge inside a cycle, or a strongly connected component of the
 *   product automaton holding a diagonal pair (s, s) and a pair (p, q) with p ≠ q;
 * - otherwise polynomial of degree k when a chain of k loops is linked pairwise by the IDA
 *   condition: for p, q in different loops, one word w leads p→p, p→q and q→q (searched in the
 *   triple product automaton).
 * Every state is assumed to be able to fail afterwards, which is what a trailing `$` or any later
 * step does; that may overstate unanchored patterns, never understate them.
 */
export function measureAmbiguity(automaton: PositionAutomaton, budget = ANALYSIS_BUDGET): Ambiguity {
  try {
    return new Analysis(automaton, budget).run();
  } catch (error) {
    if (error instanceof BudgetExceeded) return { kind: 'too-complex' };
    throw error;
  }
}

class Analysis {
  private readonly n: number;
  private readonly out: number[][];
  private readonly component: Int32Array;
  private readonly components: number[][];
  private readonly overlaps: Uint8Array;
  private readonly intersections = new Map<number, CharSet>();
  private steps = 0;

  constructor(
    private readonly automaton: PositionAutomaton,
    private readonly budget: number,
  ) {
    const { sets, successors } = automaton;
    this.n = sets.length;
    const live = (q: number) => sets[q].length > 0;
    this.out = successors.map((s) => [...s.keys()].filter(live));
    this.components = stronglyConnected(this.n, (v) => this.out[v], [0]);
    this.component = new Int32Array(this.n).fill(-1);
    this.components.forEach((members, c) => {
      for (const v of members) this.component[v] = c;
    });
    this.overlaps = new Uint8Array(this.n * this.n);
  }

  run(): Ambiguity {
    if (this.hasParallelEdgeInLoop()) return { kind: 'exponential' };
    for (const members of this.components) {
      if (members.length > 1 && this.productLoopDiverges(members)) return { kind: 'exponential' };
    }
    return { kind: 'polynomial', degree: this.degree() };
  }

  private tick(): void {
    if (++this.steps > this.budget) throw new BudgetExceeded();
  }

  private overlap(p: number, q: number): boolean {
    const key = p * this.n + q;
    if (this.overlaps[key] === 0) {
      this.overlaps[key] = setsOverlap(this.automaton.sets[p], this.automaton.sets[q]) ? 2 : 1;
    }
    return this.overlaps[key] === 2;
  }

  private intersection(p: number, q: number): CharSet {
    const key = p * this.n + q;
    let set = this.intersections.get(key);
    if (!set) {
      set = intersectSets(this.automaton.sets[p], this.automaton.sets[q]);
      this.intersections.set(key, set);
    }
    return set;
  }

  private isLoop(c: number): boolean {
    const members = this.components[c];
    return members.length > 1 || this.out[members[0]].includes(members[0]);
  }

  private hasParallelEdgeInLoop(): boolean {
    return this.automaton.successors.some((successors, p) =>
      [...successors].some(
        ([q, times]) => times > 1 && this.component[p] >= 0 && this.component[p] === this.component[q],
      ),
    );
  }

  /** EDA inside one loop: a product component with both (s, s) and some (p, q), p ≠ q. */
  private productLoopDiverges(members: readonly number[]): boolean {
    const k = members.length;
    const local = new Map(members.map((v, i) => [v, i]));
    const successors = (pair: number): number[] => {
      const p = members[Math.floor(pair / k)];
      const q = members[pair % k];
      const next: number[] = [];
      for (const p2 of this.out[p]) {
        const i = local.get(p2);
        if (i === undefined) continue;
        for (const q2 of this.out[q]) {
          this.tick();
          const j = local.get(q2);
          if (j !== undefined && this.overlap(p2, q2)) next.push(i * k + j);
        }
      }
      return next;
    };
    const diagonal = members.map((_, i) => i * k + i);
    for (const pairs of stronglyConnected(k * k, successors, diagonal)) {
      const hasDiagonal = pairs.some((pair) => Math.floor(pair / k) === pair % k);
      const hasOffDiagonal = pairs.some((pair) => Math.floor(pair / k) !== pair % k);
      if (hasDiagonal && hasOffDiagonal) return true;
    }
    return false;
  }

  /** The longest chain of loops linked by the IDA condition (1 = one loop, linear). */
  private degree(): number {
    const count = this.components.length;
    // components are in reverse topological order, so successors' reach is known first
    const reach = this.components.map(() => new Uint8Array(count));
    this.components.forEach((members, c) => {
      reach[c][c] = 1;
      for (const v of members) {
        for (const w of this.out[v]) {
          const d = this.component[w];
          if (d !== c) for (let e = 0; e < count; e++) reach[c][e] |= reach[d][e];
        }
      }
    });
    const degree = new Array<number>(count).fill(0);
    for (let c = 0; c < count; c++) {
      if (!this.isLoop(c)) continue;
      let longest = 0;
      for (let d = 0; d < c; d++) {
        if (degree[d] > longest && reach[c][d] && this.linked(c, d, reach)) longest = degree[d];
      }
      degree[c] = longest + 1;
    }
    return Math.max(0, ...degree);
  }

  /** IDA condition between two loops: some p in one and q in the other with p→p, p→q, q→q on one word. */
  private linked(c1: number, c2: number, reach: readonly Uint8Array[]): boolean {
    for (const p of this.components[c1]) {
      for (const q of this.components[c2]) {
        if (this.tripleReaches(p, q, c1, c2, reach)) return true;
      }
    }
    return false;
  }

  private tripleReaches(p: number, q: number, c1: number, c2: number, reach: readonly Uint8Array[]): boolean {
    const n = this.n;
    const key = (a: number, b: number, c: number) => (a * n + b) * n + c;
    const target = key(p, q, q);
    const seen = new Set<number>([key(p, p, q)]);
    const queue: [number, number, number][] = [[p, p, q]];
    while (queue.length > 0) {
      const [a, b, c] = queue.pop()!;
      for (const a2 of this.out[a]) {
        if (this.component[a2] !== c1) continue;
        for (const b2 of this.out[b]) {
          if (!reach[this.component[b2]][c2] || !this.overlap(a2, b2)) continue;
          const ab = this.intersection(a2, b2);
          for (const c3 of this.out[c]) {
            this.tick();
            if (this.component[c3] !== c2 || !setsOverlap(ab, this.automaton.sets[c3])) continue;
            const next = key(a2, b2, c3);
            if (next === target) return true;
            if (!seen.has(next)) {
              seen.add(next);
              queue.push([a2, b2, c3]);
            }
          }
        }
      }
    }
    return false;
  }
}
