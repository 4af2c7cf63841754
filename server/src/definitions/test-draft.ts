import { type CompiledItem, compile, EngineDefinitionError } from '@onewindow/runtime/engine';
import { getWorkCalendar } from '../calendars/work-calendar.ts';
import type { AppDeps } from '../deps.ts';
import { ValidationError } from '../errors/index.ts';
import { getDraft } from './get-draft.ts';
import { type ItemTestReport, runEmbeddedTests } from './item-test-report.ts';

export interface DraftTestReport extends ItemTestReport {
  code: string;
  /** The draft revision that was tested. */
  revision: number;
}

/**
 * Runs the stored draft's embedded tests (as `onewindow test` does). A draft the engine cannot
 * compile is a 422 pointing at what it refuses; lint explains the rest.
 */
export async function testDraft(deps: AppDeps, code: string): Promise<DraftTestReport> {
  const draft = await getDraft(deps, code);
  const compiled = compileDraft(draft.definition);
  const report = runEmbeddedTests(compiled, await getWorkCalendar(deps));
  return { code, revision: draft.revision, ...report };
}

function compileDraft(definition: unknown): CompiledItem {
  try {
    return compile(definition as Parameters<typeof compile>[0]);
  } catch (error) {
    if (!(error instanceof EngineDefinitionError)) throw error;
    throw new ValidationError(
      `The draft cannot be compiled: ${error.message}. Lint it to see every problem.`,
      {
        code: 'DRAFT_UNCOMPILABLE',
        extensions: { pointer: error.pointer, engineCode: error.code },
      },
    );
  }
}
