import { type CompiledItem, compile, EngineDefinitionError } from '@onewindow/runtime/engine';
import { hasErrors, type LintFinding, lintDefinition } from '@onewindow/schemas';
import { nativeSha256Hex } from '../native-sha256.ts';

/** One lint finding, as the CLI prints it: a JSON pointer into the definition and a zh-CN / en message. */
export type DefinitionFinding = LintFinding;

/** What lint and the engine say about a definition; `compiled` is null when it has errors. */
export interface DefinitionReview {
  findings: DefinitionFinding[];
  errorCount: number;
  warningCount: number;
  compiled: CompiledItem | null;
}

/**
 * Lints a definition with the CLI's `lintDefinition` (schema and semantic findings), then, when lint
 * finds no error, compiles it: anything the engine still refuses becomes one more error finding, so
 * "no errors" always means "publishable as far as the definition goes".
 */
export function reviewDefinition(definition: unknown): DefinitionReview {
  const linted = lintDefinition(definition);
  const findings: DefinitionFinding[] = [...linted];
  let compiled: CompiledItem | null = null;
  if (!hasErrors(linted)) {
    try {
      compiled = compile(definition as Parameters<typeof compile>[0], { sha256Hex: nativeSha256Hex });
    } catch (error) {
      if (!(error instanceof EngineDefinitionError)) throw error;
      findings.push({
        severity: 'error',
        code: `engine/${error.code}`,
        pointer: error.pointer,
        message: {
          'zh-CN': `引擎无法编译此定义：${error.message}`,
          en: `The engine cannot compile it: ${error.message}`,
        },
      });
    }
  }
  const errorCount = findings.filter((f) => f.severity === 'error').length;
  return { findings, errorCount, warningCount: findings.length - errorCount, compiled };
}
