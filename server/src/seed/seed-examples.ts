import { putCalendar } from '../calendars/put-calendar.ts';
import { assertDraftShape } from '../definitions/assert-draft-shape.ts';
import { readExampleFiles } from '../definitions/example-items.ts';
import { publishDraft } from '../definitions/publish-draft.ts';
import type { AppDeps } from '../deps.ts';
import { ConflictError } from '../errors/index.ts';

/** Who seeding acts as, in drafts, versions and audit records. */
export const SYSTEM_ACTOR = { username: 'system' } as const;

export interface SeedResult {
  /** Codes published by this call (empty when everything was already there). */
  published: string[];
  /** Years of the calendars loaded by this call. */
  calendars: number[];
}

/**
 * Seeds the demo centre, idempotently: loads `examples/calendars/*.json` when the store holds no
 * calendar, then publishes every `examples/items/*.json` that has never been published, through the
 * same publish use case as an administrator (lint, tests, hash, audit record), as `system`.
 * Another instance seeding at the same time is not an error: what it did is simply skipped.
 */
export async function seedExamples(deps: AppDeps): Promise<SeedResult> {
  const calendars: number[] = [];
  if ((await deps.store.listCalendars()).length === 0) {
    for (const { data } of await readExampleFiles('calendars')) {
      const year = (data as { year: number }).year;
      await putCalendar(deps, { year, calendar: data, actor: SYSTEM_ACTOR });
      calendars.push(year);
    }
  }
  const published: string[] = [];
  for (const { name, data } of await readExampleFiles('items')) {
    const code = (data as { code: string }).code;
    if ((await deps.store.listVersions({ code })).length > 0) continue;
    try {
      if (!(await deps.store.getDraft({ code }))) {
        await deps.store.saveDraft({
          code,
          definition: assertDraftShape(data, code),
          expectedRevision: null,
          actor: SYSTEM_ACTOR.username,
          at: deps.clock.now().toISOString(),
        });
      }
      await publishDraft(deps, { code, actor: SYSTEM_ACTOR });
      published.push(code);
    } catch (error) {
      if (!(error instanceof ConflictError)) throw error;
      deps.logger.info({ code, example: name }, 'seed: item created or published concurrently; skipped');
    }
  }
  if (published.length + calendars.length > 0)
    deps.logger.info({ published, calendars }, 'seeded the examples');
  return { published, calendars };
}
