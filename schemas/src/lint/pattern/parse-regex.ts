import { caseFold, DIGIT, DOT, propertySet, SPACE, WORD } from './char-classes.ts';
import { type CharSet, charSetOf, complementSet, unionSets } from './char-set.ts';

/**
 * A regular expression reduced to what matters for backtracking cost: which characters each step
 * consumes, how steps repeat and alternate. Groups disappear (capturing does not change the cost);
 * `^`, `$`, `\b` become zero-width assertions; lookaround bodies are kept to be analysed on their own.
 */
export type RegexNode =
  | { readonly kind: 'chars'; readonly set: CharSet }
  | { readonly kind: 'sequence'; readonly items: readonly RegexNode[] }
  | { readonly kind: 'alternation'; readonly options: readonly RegexNode[] }
  | { readonly kind: 'repeat'; readonly body: RegexNode; readonly min: number; readonly max: number }
  | { readonly kind: 'assertion' }
  | { readonly kind: 'lookaround'; readonly body: RegexNode }
  | { readonly kind: 'backreference' };

const ASSERTION: RegexNode = { kind: 'assertion' };
const BACKREFERENCE: RegexNode = { kind: 'backreference' };

/** One character-class item: a set, and the single code point when it is one (a range end). */
interface ClassAtom {
  set: CharSet;
  codePoint?: number;
}

const single = (cp: number): CharSet => [cp, cp];
const CLASS_ESCAPES: Readonly<Record<string, CharSet>> = {
  d: DIGIT,
  D: complementSet(DIGIT),
  w: WORD,
  W: complementSet(WORD),
  s: SPACE,
  S: complementSet(SPACE),
};
const CONTROL_ESCAPES: Readonly<Record<string, number>> = {
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  f: 0x0c,
  v: 0x0b,
  '0': 0,
};
const QUANTIFIER = /^\{(\d+)(,(\d*))?\}/;
const MODIFIERS = /^\(\?([a-z]*)(?:-([a-z]*))?:/;

/**
 * Parses a pattern in the syntax of `new RegExp(source, 'u')`. The caller has already compiled it,
 * so the parser trusts the syntax; it throws only on what it does not model.
 */
export function parseRegex(source: string): RegexNode {
  return new RegexParser(source).parse();
}

class RegexParser {
  private i = 0;

  constructor(private readonly src: string) {}

  parse(): RegexNode {
    const node = this.alternation(false);
    if (this.i < this.src.length) throw new Error(`unexpected "${this.src[this.i]}" at ${this.i}`);
    return node;
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.i + offset];
  }

  private expect(char: string): void {
    if (this.src[this.i] !== char) throw new Error(`expected "${char}" at ${this.i}`);
    this.i++;
  }

  private alternation(ignoreCase: boolean): RegexNode {
    const options = [this.sequence(ignoreCase)];
    while (this.peek() === '|') {
      this.i++;
      options.push(this.sequence(ignoreCase));
    }
    return options.length === 1 ? options[0] : { kind: 'alternation', options };
  }

  private sequence(ignoreCase: boolean): RegexNode {
    const items: RegexNode[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      items.push(this.quantified(this.atom(ignoreCase)));
    }
    return items.length === 1 ? items[0] : { kind: 'sequence', items };
  }

  private quantified(atom: RegexNode): RegexNode {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      min = c === '+' ? 1 : 0;
      max = c === '?' ? 1 : Number.POSITIVE_INFINITY;
    } else if (c === '{') {
      const m = QUANTIFIER.exec(this.src.slice(this.i));
      if (!m) throw new Error(`bad quantifier at ${this.i}`);
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Number.POSITIVE_INFINITY : Number(m[3]);
    } else {
      return atom;
    }
    if (this.peek() === '?') this.i++; // lazy: the same paths, tried in another order
    return { kind: 'repeat', body: atom, min, max };
  }

  private atom(ignoreCase: boolean): RegexNode {
    const c = this.peek();
    if (c === '^' || c === '$') {
      this.i++;
      return ASSERTION;
    }
    if (c === '.') {
      this.i++;
      return { kind: 'chars', set: DOT };
    }
    if (c === '(') return this.group(ignoreCase);
    if (c === '[') return this.chars(this.charClass(), ignoreCase);
    if (c === '\\') {
      const escaped = this.escape(false);
      return 'kind' in escaped ? escaped : this.chars(escaped.set, ignoreCase);
    }
    return this.chars(single(this.codePoint()), ignoreCase);
  }

  private chars(set: CharSet, ignoreCase: boolean): RegexNode {
    return { kind: 'chars', set: ignoreCase ? caseFold(set) : set };
  }

  private codePoint(): number {
    const cp = this.src.codePointAt(this.i);
    if (cp === undefined) throw new Error('unexpected end');
    this.i += cp > 0xffff ? 2 : 1;
    return cp;
  }

  private group(ignoreCase: boolean): RegexNode {
    const rest = this.src.slice(this.i);
    let flags = ignoreCase;
    let lookaround = false;
    if (rest.startsWith('(?:')) this.i += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      this.i += 3;
      lookaround = true;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      this.i += 4;
      lookaround = true;
    } else if (rest.startsWith('(?<')) {
      const close = this.src.indexOf('>', this.i);
      if (close < 0) throw new Error('unterminated group name');
      this.i = close + 1;
    } else if (rest.startsWith('(?')) {
      const m = MODIFIERS.exec(rest);
      if (!m) throw new Error(`unsupported group at ${this.i}`);
      if (m[1].includes('i')) flags = true;
      if (m[2]?.includes('i')) flags = false;
      this.i += m[0].length;
    } else this.i++;
    const body = this.alternation(flags);
    this.expect(')');
    return lookaround ? { kind: 'lookaround', body } : body;
  }

  private charClass(): CharSet {
    this.expect('[');
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const parts: CharSet[] = [];
    while (this.peek() !== ']') {
      if (this.i >= this.src.length) throw new Error('unterminated class');
      const from = this.classAtom();
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.i++;
        const to = this.classAtom();
        if (from.codePoint === undefined || to.codePoint === undefined) throw new Error('bad class range');
        parts.push(charSetOf([[from.codePoint, to.codePoint]]));
      } else parts.push(from.set);
    }
    this.i++;
    const set = unionSets(...parts);
    return negated ? complementSet(set) : set;
  }

  private classAtom(): ClassAtom {
    if (this.peek() !== '\\') {
      const cp = this.codePoint();
      return { set: single(cp), codePoint: cp };
    }
    const escaped = this.escape(true);
    if ('kind' in escaped) throw new Error('assertion in class');
    return escaped;
  }

  /** After a backslash: a character, a class escape, or (outside classes) an assertion or backreference. */
  private escape(inClass: boolean): ClassAtom | RegexNode {
    this.i++;
    const c = this.peek();
    if (c === undefined) throw new Error('trailing backslash');
    if (Object.hasOwn(CLASS_ESCAPES, c)) {
      this.i++;
      return { set: CLASS_ESCAPES[c] };
    }
    if (c === 'p' || c === 'P') {
      const close = this.src.indexOf('}', this.i);
      if (this.peek(1) !== '{' || close < 0) throw new Error('bad property escape');
      const set = propertySet(this.src.slice(this.i + 2, close));
      this.i = close + 1;
      return { set: c === 'P' ? complementSet(set) : set };
    }
    if (c === 'b' && inClass) return this.char(1, 0x08);
    if (c === 'b' || c === 'B') {
      this.i++;
      return ASSERTION;
    }
    if (c === 'k' || (c >= '1' && c <= '9')) {
      this.i +=
        c === 'k'
          ? this.src.indexOf('>', this.i) + 1 - this.i
          : /^\d+/.exec(this.src.slice(this.i))![0].length;
      return BACKREFERENCE;
    }
    if (Object.hasOwn(CONTROL_ESCAPES, c)) return this.char(1, CONTROL_ESCAPES[c]);
    if (c === 'c') return this.char(2, (this.src.codePointAt(this.i + 1) ?? 0) % 32);
    if (c === 'x') return this.char(3, Number.parseInt(this.src.slice(this.i + 1, this.i + 3), 16));
    if (c === 'u') return this.unicodeEscape();
    return this.char(0, this.codePoint());
  }

  private char(advance: number, cp: number): ClassAtom {
    this.i += advance;
    return { set: single(cp), codePoint: cp };
  }

  private unicodeEscape(): ClassAtom {
    if (this.peek(1) === '{') {
      const close = this.src.indexOf('}', this.i);
      const cp = Number.parseInt(this.src.slice(this.i + 2, close), 16);
      this.i = close + 1;
      return { set: single(cp), codePoint: cp };
    }
    const unit = Number.parseInt(this.src.slice(this.i + 1, this.i + 5), 16);
    this.i += 5;
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const low = /^\\u([dD][c-fC-F][0-9a-fA-F]{2})/.exec(this.src.slice(this.i));
    if (isHigh && low) {
      this.i += 6;
      const cp = (unit - 0xd800) * 0x400 + (Number.parseInt(low[1], 16) - 0xdc00) + 0x10000;
      return { set: single(cp), codePoint: cp };
    }
    return { set: single(unit), codePoint: unit };
  }
}
