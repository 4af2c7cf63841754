/** Where and why a text is not JSON: 1-based line and column when the parser said where. */
export interface JsonSyntaxProblem {
  /** The parser's own message (English in Chromium and Firefox). */
  detail: string;
  /** 0-based offset into the text, when known. */
  offset: number | null;
  line: number | null;
  column: number | null;
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; problem: JsonSyntaxProblem };

/** The 1-based line and column of `offset` in `text`. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The offset of a 1-based line and column in `text`. */
function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/**
 * `JSON.parse` that reports where it failed. Engines word their errors differently: V8 says
 * "at position 42" (newer ones add "(line 3 column 5)"), Firefox "at line 3 column 5", and an
 * unexpected end names no place, which is the end of the text.
 */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const lineColumn = /line (\d+) column (\d+)/.exec(detail);
    const position = /position (\d+)/.exec(detail);
    let offset: number | null = null;
    if (position) offset = Number(position[1]);
    else if (lineColumn) offset = offsetOf(text, Number(lineColumn[1]), Number(lineColumn[2]));
    else if (/end of (JSON )?(input|data)/i.test(detail)) offset = text.length;
    const where = offset === null ? null : lineColumnOf(text, offset);
    return {
      ok: false,
      problem: { detail, offset, line: where?.line ?? null, column: where?.column ?? null },
    };
  }
}

/** The definition as the JSON tab shows it: two-space indentation, as the example files are written. */
export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
