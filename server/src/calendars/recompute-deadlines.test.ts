import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DefinitionRef, HolidayCalendar } from '@onewindow/schemas';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLES_DIR } from '../definitions/example-items.ts';
import { exampleItem, publishThroughStore } from '../definitions/testing/example-fixtures.ts';
import { makeTestDeps, type TestDeps } from '../definitions/testing/test-deps.ts';
import type { NewCase, Store } from '../storage/port.ts';
import { putCalendar } from './put-calendar.ts';
import { RECOMPUTE_BATCH } from './recompute-deadlines.ts';
import { resumeDeadlineRecomputes } from './resume-deadline-recomputes.ts';

let deps: TestDeps;
let ref: DefinitionRef;
beforeEach(async () => {
  deps = makeTestDeps('2026-12-30');
  const calendar2026 = JSON.parse(
    readFileSync(join(EXAMPLES_DIR, 'calendars', '2026.json'), 'utf8'),
  ) as HolidayCalendar;
  await deps.store.putCalendar({ calendar: calendar2026, actor: 'seed', at: deps.clock.now().toISOString() });
  const version = await publishThroughStore(deps, exampleItem('construction-permit'));
  ref = { code: version.code, version: version.version, hash: version.hash };
});
afterEach(() => deps.dispose());

const admin = { username: 'admin' };
const calendar2027 = { year: 2027, holidays: [{ date: '2027-01-01', name: '元旦' }], workdays: [] };

/** 施工许可 cases accepted on 2026-12-30, deadlines counted through 2027 as Monday to Friday. */
async function fileAccepted(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `case-${String(i).padStart(5, '0')}`);
  await Promise.all(
    ids.map((id, i) => {
      const c: NewCase = {
        id,
        caseNumber: `20261230${String(i + 1).padStart(5, '0')}`,
        queryCodeHash: '0'.repeat(64),
        definition: ref,
        itemName: '建筑工程施工许可证核发',
        status: 'accepted',
        formData: {},
        materials: [],
        applicantName: '张三',
        outcome: 'accept',
        check: { outcome: 'accept', factsHash: '0'.repeat(64) },
        override: null,
        receivedAt: '2026-12-30T01:00:00.000Z',
        acceptedAt: '2026-12-30',
        promisedDue: '2027-01-04',
        statutoryDue: '2027-01-08',
        dueProvisional: true,
        pauses: [],
        extensions: [],
        concludedAt: null,
        createdBy: 'clerk',
      };
      return deps.store.createCase({
        idempotencyKey: id,
        case: c,
        event: { type: 'receive', at: c.receivedAt, actor: 'clerk' },
        audit: [],
      });
    }),
  );
  return ids;
}

async function recomputeRecords() {
  const records = await deps.store.listAudit({ kind: 'calendar', subject: 'calendar@2027' });
  return records.filter((r) => r.payload.action === 'recompute-deadlines');
}

describe('recomputing stored deadlines after a calendar is written', () => {
  it('rewrites every open case a batch at a time, one audit record per batch, and nothing on a second run', async () => {
    const ids = await fileAccepted(RECOMPUTE_BATCH * 2 + 7);
    await putCalendar(deps, { year: 2027, calendar: calendar2027, actor: admin });
    for (const id of [ids[0], ids[RECOMPUTE_BATCH], ids.at(-1)!]) {
      expect(await deps.store.getCase({ id })).toMatchObject({
        promisedDue: '2027-01-05',
        statutoryDue: '2027-01-11',
        dueProvisional: false,
        revision: 1,
      });
    }
    const records = await recomputeRecords();
    expect(records.map((r) => r.payload.cases)).toEqual([RECOMPUTE_BATCH, RECOMPUTE_BATCH, 7]);
    const { changes } = (await deps.store.getFacts({ hash: records[2].factsHash! })) as {
      changes: { case: string }[];
    };
    expect(changes.map((c) => c.case)).toEqual(ids.slice(-7));

    await putCalendar(deps, { year: 2027, calendar: calendar2027, actor: admin });
    expect(await recomputeRecords()).toHaveLength(3);
  });

  it('re-reads a batch that a transition overtook and recomputes it from the case as it now is', async () => {
    const [first, second] = await fileAccepted(2);
    const store = deps.store;
    let overtaken = false;
    const racing: Store = {
      ...store,
      async updateCaseDeadlines(args) {
        if (!overtaken) {
          overtaken = true;
          // A clerk grants a 2-day extension after the batch was read, before it is written.
          await store.transitionCase({
            caseId: first,
            expectedRevision: 1,
            patch: {
              extensions: [
                { amount: 2, approver: '局长', reason: '情形复杂', at: '2026-12-30T02:00:00.000Z' },
              ],
            },
            event: { type: 'extend', at: '2026-12-30T02:00:00.000Z', actor: 'clerk' },
            audit: [],
          });
        }
        return store.updateCaseDeadlines(args);
      },
    };
    await putCalendar({ ...deps, store: racing }, { year: 2027, calendar: calendar2027, actor: admin });
    expect(overtaken).toBe(true);
    expect(await store.getCase({ id: first })).toMatchObject({
      revision: 2,
      promisedDue: '2027-01-07',
      statutoryDue: '2027-01-13',
    });
    expect(await store.getCase({ id: second })).toMatchObject({ revision: 1, promisedDue: '2027-01-05' });
    expect((await recomputeRecords()).map((r) => r.payload.cases)).toEqual([2]);
  });

  it('finishes at the next start a recomputation that a stopped process did not, and only that', async () => {
    const [id] = await fileAccepted(1);
    const at = deps.clock.now().toISOString();
    // The calendar was written, then the process stopped before it recomputed anything.
    await deps.store.putCalendar({ calendar: calendar2027, actor: 'admin', at });
    expect(await deps.store.getCase({ id })).toMatchObject({ promisedDue: '2027-01-04' });

    expect(await resumeDeadlineRecomputes(deps, 'system')).toEqual([2026, 2027]);
    expect(await deps.store.getCase({ id })).toMatchObject({
      promisedDue: '2027-01-05',
      dueProvisional: false,
    });
    expect(await resumeDeadlineRecomputes(deps, 'system')).toEqual([]);
    await putCalendar(deps, { year: 2027, calendar: calendar2027, actor: admin });
    expect(await resumeDeadlineRecomputes(deps, 'system')).toEqual([]);
  });
});
