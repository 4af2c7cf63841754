/** Where and why a JSON text cannot be read: 1-based line and column, 0-based character offset. */
export interface JsonSyntaxProblem {
  offset: number;
  line: number;
  column: number;
  reason: string;
}

class Stop extends Error {
  constructor(
    readonly offset: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

// Control characters (below U+0020) must be escaped inside a JSON string, so the class excludes them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: that exclusion is the point
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Scans a JSON text (RFC 8259) and says where it first goes wrong, or that it nests deeper than
 * `maxDepth` arrays and objects; `null` when it is well formed. V8's own messages quote the input
 * and often give no position, so the answer to a malformed body comes from here instead. Nesting is
 * checked before anything parses the body: deep input would otherwise overflow the stack of
 * whatever walks it later (a reviver, canonical JSON, a validator).
 */
export function findJsonSyntaxProblem(text: string, maxDepth: number): JsonSyntaxProblem | null {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) break;
      i++;
    }
  };
  const describe = (at: number) =>
    at >= text.length ? 'the text ends too early' : `unexpected character ${JSON.stringify(text[at])}`;
  const expect = (char: string, what: string) => {
    if (text[i] !== char) throw new Stop(i, `${describe(i)}, expected ${what}`);
    i++;
  };
  const string = () => {
    STRING.lastIndex = i;
    if (STRING.test(text)) {
      i = STRING.lastIndex;
      return;
    }
    // Find the exact character that breaks the string, for the answer.
    let j = i + 1;
    while (j < text.length && text[j] !== '"') {
      const c = text.charCodeAt(j);
      if (c < 0x20) throw new Stop(j, 'a control character inside a string must be escaped');
      if (text[j] === '\\') {
        const next = text[j + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) throw new Stop(j, 'a bad \\u escape');
          j += 6;
          continue;
        }
        if (next === undefined || !'"\\/bfnrt'.includes(next)) throw new Stop(j, 'a bad escape sequence');
        j += 2;
        continue;
      }
      j++;
    }
    throw new Stop(j, 'a string is not closed');
  };
  const value = (depth: number): void => {
    skipSpace();
    const c = text[i];
    if (c === '{' || c === '[') {
      if (depth >= maxDepth) throw new Stop(i, `arrays and objects nest deeper than ${maxDepth} levels`);
      i++;
      skipSpace();
      const close = c === '{' ? '}' : ']';
      if (text[i] === close) {
        i++;
        return;
      }
      for (;;) {
        if (c === '{') {
          skipSpace();
          if (text[i] !== '"') throw new Stop(i, `${describe(i)}, expected a property name in double quotes`);
          string();
          skipSpace();
          expect(':', "':'");
        }
        value(depth + 1);
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        expect(close, `',' or '${close}'`);
        return;
      }
    }
    if (c === '"') {
      string();
      return;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) throw new Stop(i, 'a malformed number');
      i = NUMBER.lastIndex;
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    throw new Stop(i, `${describe(i)}, expected a value`);
  };
  try {
    value(0);
    skipSpace();
    if (i < text.length) throw new Stop(i, `${describe(i)} after the end of the JSON value`);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return locate(text, error.offset, error.reason);
  }
}

function locate(text: string, offset: number, reason: string): JsonSyntaxProblem {
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < offset && k < text.length; k++) {
    if (text.charCodeAt(k) === 0x0a) {
      line++;
      lineStart = k + 1;
    }
  }
  return { offset, line, column: offset - lineStart + 1, reason };
}
