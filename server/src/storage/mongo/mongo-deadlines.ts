import { ConflictError, ValidationError } from '../../errors/index.ts';
import type { CaseClockState, ListRunningClocksArgs, Store } from '../port.ts';
import { clampInt } from '../shared/paging.ts';
import type { MongoFilter } from './build-inbox-query.ts';
import type { CaseDoc } from './documents.ts';
import {
  appendRecords,
  assertSealable,
  atomically,
  type MongoContext,
  putFactsDoc,
} from './mongo-context.ts';

type DeadlineOps = Pick<Store, 'listRunningClocks' | 'updateCaseDeadlines'>;

type ClockDoc = Pick<
  CaseDoc,
  | '_id'
  | 'receivedAt'
  | 'caseNumber'
  | 'revision'
  | 'itemCode'
  | 'itemVersion'
  | 'definitionHash'
  | 'status'
  | 'acceptedAt'
  | 'pauses'
  | 'extensions'
  | 'promisedDue'
  | 'statutoryDue'
  | 'dueProvisional'
>;

const CLOCK_PROJECTION: Record<keyof Omit<ClockDoc, '_id'>, 1> = {
  receivedAt: 1,
  caseNumber: 1,
  revision: 1,
  itemCode: 1,
  itemVersion: 1,
  definitionHash: 1,
  status: 1,
  acceptedAt: 1,
  pauses: 1,
  extensions: 1,
  promisedDue: 1,
  statutoryDue: 1,
  dueProvisional: 1,
};

/** The page order: receipt order, as the inbox index holds it (scanned backwards). */
const RECEIPT_ORDER = { receivedAt: 1, caseNumber: 1 } as const;

/** The cursor after a case: where it stands in receipt order. */
function cursorOf(d: Pick<ClockDoc, 'receivedAt' | 'caseNumber'>): string {
  return JSON.stringify([d.receivedAt, d.caseNumber]);
}

function afterCursor(after: string): MongoFilter {
  let position: unknown;
  try {
    position = JSON.parse(after);
  } catch {
    position = null;
  }
  if (!Array.isArray(position) || position.length !== 2 || !position.every((p) => typeof p === 'string')) {
    throw new ValidationError(`Not a cursor of this list: ${JSON.stringify(after)}`, { code: 'BAD_CURSOR' });
  }
  const [receivedAt, caseNumber] = position as [string, string];
  return {
    $or: [
      { receivedAt: { $gt: receivedAt } },
      { receivedAt: { $eq: receivedAt }, caseNumber: { $gt: caseNumber } },
    ],
  };
}

/**
 * The cases a change of `year`'s calendar may move (as in SQLite: open, accepted, provisional or
 * through the year), after the cursor in receipt order.
 */
export function buildRunningClocksFilter({ year, after }: ListRunningClocksArgs): MongoFilter {
  const yearStart = `${year}-01-01`;
  const touched: MongoFilter = {
    $or: [
      { dueProvisional: { $eq: true } },
      {
        acceptedAt: { $lt: `${year + 1}-01-01` },
        $or: [{ promisedDue: { $gte: yearStart } }, { statutoryDue: { $gte: yearStart } }],
      },
    ],
  };
  return {
    concludedAt: { $eq: null },
    acceptedAt: { $type: 'string' },
    $and: after === undefined ? [touched] : [afterCursor(after), touched],
  };
}

function clockStateFromDoc(d: ClockDoc): CaseClockState {
  return {
    id: d._id,
    caseNumber: d.caseNumber,
    revision: d.revision,
    definition: { code: d.itemCode, version: d.itemVersion, hash: d.definitionHash },
    status: d.status,
    acceptedAt: d.acceptedAt,
    pauses: JSON.parse(d.pauses),
    extensions: JSON.parse(d.extensions),
    promisedDue: d.promisedDue,
    statutoryDue: d.statutoryDue,
    dueProvisional: d.dueProvisional,
  };
}

/**
 * Stored deadlines after a calendar change. The rewrite is one bulk write conditional on each case's
 * revision, with its audit record, in one transaction on a replica set; on a standalone server the
 * revisions are checked first so that a stale batch writes nothing (a transition landing between the
 * check and the write is the window a standalone server leaves, as for every multi-document write).
 */
export function mongoDeadlines(ctx: MongoContext): DeadlineOps {
  const { models } = ctx;
  const stale = (caseIds: string[]) =>
    new ConflictError(`${caseIds.length} case(s) changed while their deadlines were recomputed.`, {
      code: 'REVISION_CONFLICT',
      extensions: { caseIds },
    });

  return {
    async listRunningClocks(args) {
      const size = clampInt(args.limit, 500, 1, 1000);
      const docs = await models.cases
        .find(buildRunningClocksFilter(args), CLOCK_PROJECTION)
        .sort(RECEIPT_ORDER)
        .limit(size)
        .lean<ClockDoc[]>();
      return {
        cases: docs.map(clockStateFromDoc),
        next: docs.length < size ? null : cursorOf(docs[docs.length - 1]),
      };
    },

    updateCaseDeadlines: ({ updates, audit, facts }) =>
      ctx.chain.run(() => {
        assertSealable(audit);
        return atomically(ctx, async (session) => {
          const ids = updates.map((u) => u.caseId);
          const current = await models.cases
            .find({ _id: { $in: ids } }, { revision: 1 }, { session })
            .lean<{ _id: string; revision: number }[]>();
          const revisions = new Map(current.map((d) => [d._id, d.revision]));
          const changed = updates.filter((u) => revisions.get(u.caseId) !== u.expectedRevision);
          if (changed.length > 0) throw stale(changed.map((u) => u.caseId));
          if (updates.length > 0) {
            const { matchedCount } = await models.cases.bulkWrite(
              updates.map((u) => ({
                updateOne: {
                  filter: { _id: { $eq: u.caseId }, revision: { $eq: u.expectedRevision } },
                  update: {
                    $set: {
                      promisedDue: u.promisedDue,
                      statutoryDue: u.statutoryDue,
                      dueProvisional: u.dueProvisional,
                    },
                  },
                },
              })),
              { session, ordered: false },
            );
            if (matchedCount !== updates.length) throw stale(ids);
          }
          if (facts) await putFactsDoc(ctx, facts, session);
          await appendRecords(ctx, audit, session);
        });
      }),
  };
}
