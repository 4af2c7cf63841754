import { forEachSubschema } from './for-each-subschema.ts';
import { appendPointer } from './json-pointer.ts';
import { finding, type LintFinding } from './lint-finding.ts';
import { analyzePattern, type PatternVerdict } from './pattern/analyze-pattern.ts';
import { isRecord, own } from './read-json.ts';

const CODE = 'unsafe-pattern';

function verdictText(verdict: Exclude<PatternVerdict, { safe: true }>): [zh: string, en: string] {
  switch (verdict.reason) {
    case 'syntax':
      return [
        `正则表达式无法编译：${verdict.detail}`,
        `The regular expression does not compile: ${verdict.detail}`,
      ];
    case 'backreference':
      return [
        '正则表达式不能使用反向引用（\\1、\\k<name>）：其匹配耗时无法保证',
        'Backreferences (\\1, \\k<name>) are not allowed: their matching time cannot be bounded',
      ];
    case 'exponential':
      return [
        '正则表达式含嵌套或相互重叠的重复（如 (a+)+、(a|a)*），特定输入可使匹配耗时呈指数增长（ReDoS）',
        'Nested or overlapping repetition (like (a+)+ or (a|a)*) lets a crafted input take exponential time (ReDoS)',
      ];
    case 'polynomial':
      return [
        `正则表达式的匹配耗时可达输入长度的 ${verdict.degree} 次方（如 .*a.*a.*a），请减少相互重叠的重复`,
        `Matching can take time to the power ${verdict.degree} of the input length (like .*a.*a.*a); reduce overlapping repetitions`,
      ];
    case 'too-complex':
      return [
        '正则表达式过长或过于复杂，无法证明其安全',
        'The regular expression is too long or complex to prove safe',
      ];
  }
}

/** An `unsafe-pattern` finding when the pattern must not run, else `undefined`. */
export function unsafePatternFinding(pointer: string, pattern: string): LintFinding | undefined {
  const verdict = analyzePattern(pattern);
  if (verdict.safe) return undefined;
  const [zh, en] = verdictText(verdict);
  return finding('error', CODE, pointer, zh, en);
}

/**
 * `unsafe-pattern` for a `matchesPattern` condition value: it must be a literal string and a safe
 * regex. A fact reference would let applicant data choose the regex the server runs.
 */
export function matchesPatternFinding(pointer: string, value: unknown): LintFinding | undefined {
  if (typeof value === 'string') return unsafePatternFinding(pointer, value);
  if (isRecord(value) && Object.hasOwn(value, 'fact')) {
    return finding(
      'error',
      CODE,
      pointer,
      'matchesPattern 的正则表达式必须写在事项定义中，不能引用事实（申请数据不能决定服务器运行的正则）',
      'The matchesPattern regex must be written in the definition, not taken from a fact (applicant data must not choose the regex the server runs)',
    );
  }
  return finding(
    'error',
    CODE,
    pointer,
    'matchesPattern 的值必须是正则表达式字符串',
    'The value of matchesPattern must be a regular expression string',
  );
}

/** Every regex of a JSON Schema with its pointer: `pattern` values and `patternProperties` keys. */
export function schemaPatterns(schema: unknown, pointer: string): { pointer: string; pattern: string }[] {
  const found: { pointer: string; pattern: string }[] = [];
  forEachSubschema(schema, pointer, (node, at) => {
    const pattern = own(node, 'pattern');
    if (typeof pattern === 'string') found.push({ pointer: appendPointer(at, 'pattern'), pattern });
    const patternProperties = own(node, 'patternProperties');
    if (isRecord(patternProperties)) {
      for (const key of Object.keys(patternProperties)) {
        found.push({ pointer: appendPointer(at, 'patternProperties', key), pattern: key });
      }
    }
  });
  return found;
}

/** `unsafe-pattern` for every `pattern` and `patternProperties` key of the form schema. */
export function formPatternFindings(formSchema: unknown, pointer: string): LintFinding[] {
  return schemaPatterns(formSchema, pointer).flatMap((p) => unsafePatternFinding(p.pointer, p.pattern) ?? []);
}
