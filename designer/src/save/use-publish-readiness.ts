import { useMemo } from 'react';
import { useWorkCalendar } from '../calendar/use-work-calendar.ts';
import { useMessages } from '../i18n/define-messages.ts';
import { useLint } from '../lint/use-lint.ts';
import { embeddedTestsVerdict } from './embedded-tests-verdict.ts';
import { saveMessages } from './save-messages.ts';

/** Whether the working copy may be published, and if not, why (one line per reason). */
export interface PublishReadiness {
  ready: boolean;
  /** The check cannot say yet (the calendar is loading). */
  checking: boolean;
  reasons: string[];
  /** What passed, when ready. */
  summary: string;
}

/**
 * Compiling and running the tests takes a tenth of a second or more on a large item, so they wait for
 * a longer pause than lint does: typing never waits for them.
 */
export const PUBLISH_CHECK_DELAY_MS = 1200;

/**
 * The same gate the server applies on publish, run in the browser on the working copy: no lint error
 * (`lintDefinition`), the engine compiles it, and every embedded test passes (`runItemTests` with the
 * calendar from `GET /api/calendars`).
 */
export function usePublishReadiness(delayMs = PUBLISH_CHECK_DELAY_MS): PublishReadiness {
  const m = useMessages(saveMessages);
  const lint = useLint(delayMs);
  const { calendar, problem } = useWorkCalendar('block');
  return useMemo(() => {
    const blocked = (reason: string): PublishReadiness => ({
      ready: false,
      checking: false,
      reasons: [reason],
      summary: '',
    });
    if (lint.errors.length > 0) return blocked(m('publish.lintErrors', { n: lint.errors.length }));
    if (!calendar) {
      if (problem !== null) return blocked(m('publish.noCalendar'));
      return { ready: false, checking: true, reasons: [], summary: '' };
    }
    const verdict = embeddedTestsVerdict(lint.definition, calendar);
    if (verdict.kind === 'uncompilable')
      return blocked(m('publish.uncompilable', { message: verdict.message }));
    if (verdict.kind === 'broken') return blocked(m('publish.testsBroken', { message: verdict.message }));
    if (verdict.kind === 'failed') {
      const names = verdict.failed.map((t) => t.name).join('、');
      return blocked(m('publish.testsFailed', { n: verdict.failed.length, names }));
    }
    return { ready: true, checking: false, reasons: [], summary: m('publish.ready', { n: verdict.count }) };
  }, [lint, calendar, problem, m]);
}
