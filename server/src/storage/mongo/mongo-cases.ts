import { ConflictError, NotFoundError } from '../../errors/index.ts';
import type { CaseRecord, CreateCaseResult, Store } from '../port.ts';
import { caseNumberDay, formatCaseNumber } from '../shared/format-case-number.ts';
import { clampInt } from '../shared/paging.ts';
import { toInstant } from '../shared/to-instant.ts';
import { withoutUndefined } from '../shared/without-undefined.ts';
import { buildInboxQuery } from './build-inbox-query.ts';
import {
  CASE_SUMMARY_PROJECTION,
  type CaseDoc,
  type CaseEventDoc,
  type CaseNumberDoc,
  caseEventFromDoc,
  caseEventToDoc,
  caseFromDoc,
  caseMutableToDoc,
  caseSummaryFromDoc,
  caseToDoc,
} from './documents.ts';
import { duplicateKeyFields } from './handle-mongo-error.ts';
import {
  appendRecords,
  assertSealable,
  atomically,
  type MongoContext,
  putFactsDoc,
  type Session,
} from './mongo-context.ts';

type CaseOps = Pick<
  Store,
  'reserveCaseNumbers' | 'createCase' | 'transitionCase' | 'getCase' | 'listCaseEvents' | 'listInbox'
>;

/**
 * Case numbers, receipts, transitions, timelines and the inbox. Without transactions (a standalone
 * server) a receipt writes the case first — its unique idempotency key is the commit point — then
 * its event and audit records; a crash in between leaves a case without its timeline, which is why
 * production deployments use a replica set.
 */
export function mongoCases(ctx: MongoContext): CaseOps {
  const { models } = ctx;

  async function nextNumbers(day: string, count: number, session: Session): Promise<string[]> {
    const compact = caseNumberDay(day);
    const n = clampInt(count, 1, 1, 1000);
    for (let attempt = 1; ; attempt++) {
      try {
        const doc = await models.caseNumbers
          .findOneAndUpdate(
            { _id: compact },
            { $inc: { last: n } },
            { upsert: true, returnDocument: 'after', session },
          )
          .lean<CaseNumberDoc>();
        return Array.from({ length: n }, (_, i) => formatCaseNumber(compact, doc!.last - n + 1 + i));
      } catch (error) {
        // The day's first two numbers at once: both upsert, one meets the unique _id and goes again.
        if (session || attempt >= 3 || duplicateKeyFields(error)?.[0] !== '_id') throw error;
      }
    }
  }

  async function byKey(idempotencyKey: string): Promise<CreateCaseResult | null> {
    const doc = await models.cases.findOne({ idempotencyKey: { $eq: idempotencyKey } }).lean<CaseDoc>();
    return doc ? { case: caseFromDoc(doc), created: false } : null;
  }

  return {
    reserveCaseNumbers: ({ day, count }) => nextNumbers(day, count, undefined),

    createCase: ({ idempotencyKey, case: c, event, audit, facts }) =>
      ctx.chain.run(async () => {
        const existing = await byKey(idempotencyKey);
        if (existing) return existing;
        assertSealable(audit);
        try {
          return await atomically(ctx, async (session): Promise<CreateCaseResult> => {
            if (facts) await putFactsDoc(ctx, facts, session);
            const caseNumber =
              typeof c.caseNumber === 'string'
                ? c.caseNumber
                : (await nextNumbers(c.caseNumber.nextOfDay, 1, session))[0];
            const receivedAt = toInstant(c.receivedAt);
            const concludedAt = c.concludedAt === null ? null : toInstant(c.concludedAt);
            const doc = caseToDoc({ ...c, caseNumber, receivedAt, concludedAt }, idempotencyKey);
            await models.cases.create([doc], { session });
            const first = {
              caseId: c.id,
              seq: 1,
              type: event.type,
              at: toInstant(event.at),
              actor: event.actor,
            };
            await models.caseEvents.create(
              [caseEventToDoc({ ...first, fromStatus: null, toStatus: c.status, data: event.data ?? {} })],
              { session },
            );
            await appendRecords(ctx, audit, session);
            return { case: caseFromDoc(doc), created: true };
          });
        } catch (error) {
          // Another process filed this key between our look-up and our insert: answer with its case.
          if (duplicateKeyFields(error)?.[0] === 'idempotencyKey') {
            const filed = await byKey(idempotencyKey);
            if (filed) return filed;
          }
          throw error;
        }
      }),

    transitionCase: ({ caseId, expectedRevision, patch, event, audit, facts }) =>
      ctx.chain.run(() => {
        assertSealable(audit);
        return atomically(ctx, async (session): Promise<CaseRecord> => {
          const current = await models.cases
            .findOne({ _id: { $eq: caseId } }, null, { session })
            .lean<CaseDoc>();
          if (!current) throw new NotFoundError(`No case ${caseId}.`);
          const stale = () =>
            ConflictError.staleRevision(`Case ${current.caseNumber}`, expectedRevision, current.revision);
          if (current.revision !== expectedRevision) throw stale();
          if (facts) await putFactsDoc(ctx, facts, session);
          const at = toInstant(event.at);
          const next: CaseRecord = { ...caseFromDoc(current), ...withoutUndefined(patch), updatedAt: at };
          if (next.concludedAt !== null) next.concludedAt = toInstant(next.concludedAt);
          const { matchedCount } = await models.cases.updateOne(
            { _id: { $eq: caseId }, revision: { $eq: expectedRevision } },
            { $set: caseMutableToDoc(next), $inc: { revision: 1 } },
            { session },
          );
          if (matchedCount === 0) {
            const now = await models.cases
              .findOne({ _id: { $eq: caseId } }, { revision: 1 }, { session })
              .lean<{ revision: number }>();
            throw ConflictError.staleRevision(
              `Case ${current.caseNumber}`,
              expectedRevision,
              now?.revision ?? expectedRevision + 1,
            );
          }
          await models.caseEvents.create(
            [
              caseEventToDoc({
                caseId,
                seq: expectedRevision + 1,
                type: event.type,
                at,
                actor: event.actor,
                fromStatus: current.status,
                toStatus: next.status,
                data: event.data ?? {},
              }),
            ],
            { session },
          );
          await appendRecords(ctx, audit, session);
          return { ...next, revision: expectedRevision + 1 };
        });
      }),

    async getCase(args) {
      const filter =
        'id' in args
          ? { _id: { $eq: args.id } }
          : 'caseNumber' in args
            ? { caseNumber: { $eq: args.caseNumber } }
            : { idempotencyKey: { $eq: args.idempotencyKey } };
      const doc = await models.cases.findOne(filter).lean<CaseDoc>();
      return doc ? caseFromDoc(doc) : null;
    },

    async listCaseEvents({ caseId }) {
      const docs = await models.caseEvents
        .find({ caseId: { $eq: caseId } })
        .sort({ seq: 1 })
        .lean<CaseEventDoc[]>();
      return docs.map(caseEventFromDoc);
    },

    async listInbox(args) {
      const query = buildInboxQuery(args);
      if (query.matchesNothing) return { items: [], total: 0 };
      const [docs, total] = await Promise.all([
        models.cases
          .find(query.filter, CASE_SUMMARY_PROJECTION)
          .sort(query.sort)
          .skip(query.skip)
          .limit(query.limit)
          .lean<Parameters<typeof caseSummaryFromDoc>[0][]>(),
        models.cases.countDocuments(query.filter),
      ]);
      return { items: docs.map(caseSummaryFromDoc), total };
    },
  };
}
