import { getWorkCalendar } from '../calendars/work-calendar.ts';
import type { AppDeps } from '../deps.ts';
import { ConflictError, ValidationError } from '../errors/index.ts';
import type { Actor } from '../http/route.ts';
import type { PublishedVersion } from '../storage/port.ts';
import { rememberCompiled } from './compiled-cache.ts';
import { reviewDefinition } from './definition-findings.ts';
import { getDraft } from './get-draft.ts';
import { runEmbeddedTests } from './item-test-report.ts';
import { forgetVersions } from './published-version.ts';
import { staleDraftError } from './stale-draft-error.ts';

export interface PublishDraftInput {
  code: string;
  /** The revision the administrator reviewed (`If-Match`); absent: the draft as it is now. */
  expectedRevision?: number | null;
  actor: Pick<Actor, 'username'>;
}

/**
 * 发布 — publishes the draft as the next immutable version. Refused (422 `PUBLISH_REFUSED`, listing
 * the lint errors and the failing tests) unless lint finds no error and every embedded test passes.
 * The store then writes the version, its canonical-JSON SHA-256 and the `publish` audit record in one
 * transaction, refusing a draft that changed since it was checked here.
 */
export async function publishDraft(
  deps: AppDeps,
  { code, expectedRevision, actor }: PublishDraftInput,
): Promise<PublishedVersion> {
  const draft = await getDraft(deps, code);
  if (expectedRevision !== undefined && expectedRevision !== null && expectedRevision !== draft.revision) {
    throw staleDraftError(expectedRevision, draft);
  }
  // Lint, compile and test exactly what will be published: the draft with its coming version number.
  const next = ((await deps.store.listVersions({ code }))[0]?.version ?? 0) + 1;
  const review = reviewDefinition({ ...draft.definition, version: next });
  const tests = review.compiled ? runEmbeddedTests(review.compiled, await getWorkCalendar(deps)) : null;
  const failedTests = (tests?.results ?? [])
    .filter((t) => !t.pass)
    .map((t) => ({ name: t.name, failures: t.failures }));
  if (review.errorCount > 0 || failedTests.length > 0) {
    throw new ValidationError(
      `Version not published: ${review.errorCount} lint error(s), ${failedTests.length} failing test(s).`,
      {
        code: 'PUBLISH_REFUSED',
        extensions: {
          revision: draft.revision,
          lintErrors: review.findings.filter((f) => f.severity === 'error'),
          failedTests,
        },
      },
    );
  }
  let published: PublishedVersion;
  try {
    published = await deps.store.publishDraft({
      code,
      expectedRevision: draft.revision,
      actor: actor.username,
      at: deps.clock.now().toISOString(),
      auditPayload: {
        lint: { errors: 0, warnings: review.warningCount },
        tests: { passed: tests?.passed ?? 0, uncoveredRules: tests?.uncoveredRules.length ?? 0 },
      },
    });
  } catch (error) {
    if (error instanceof ConflictError && error.code === 'REVISION_CONFLICT') {
      const current = await deps.store.getDraft({ code });
      if (current) throw staleDraftError(draft.revision, current);
    }
    throw error;
  }
  forgetVersions(deps, code);
  // Another publish in between would have given another number, and so another hash.
  if (review.compiled && review.compiled.ref.hash === published.hash) rememberCompiled(review.compiled);
  return published;
}
