import { bootstrapAccounts, formatInitialPasswords } from '../accounts/bootstrap-accounts.ts';
import { resumeDeadlineRecomputes } from '../calendars/resume-deadline-recomputes.ts';
import type { AppDeps } from '../deps.ts';
import { SYSTEM_ACTOR, seedExamples } from '../seed/seed-examples.ts';

/**
 * The one-time work of a start, done by ONE process before any serves: the first-start accounts
 * (their passwords printed once and written to a 0600 file), the example items and calendars, and
 * any recomputation of stored deadlines that a stopped process left unfinished.
 */
export async function prepareData(deps: AppDeps): Promise<void> {
  const bootstrap = await bootstrapAccounts(deps);
  if (bootstrap.created) {
    process.stdout.write(
      `\nFirst start: accounts created. Their passwords (shown this once, also in ${bootstrap.file}):\n` +
        `${formatInitialPasswords(bootstrap.passwords)}\n`,
    );
  }
  const seeded = await seedExamples(deps);
  deps.logger.info({ published: seeded.published }, 'examples seeded');
  await resumeRecomputes(deps);
}

/** Finishes the deadline recomputations a stopped process left half done (see `resumeDeadlineRecomputes`). */
export async function resumeRecomputes(deps: AppDeps): Promise<void> {
  const resumed = await resumeDeadlineRecomputes(deps, SYSTEM_ACTOR.username);
  if (resumed.length > 0)
    deps.logger.warn({ years: resumed }, 'stored deadlines recomputed for these calendars');
}
