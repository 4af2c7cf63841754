import type { ServiceItem } from '@onewindow/schemas';
import { ConflictError, NotFoundError } from '../../errors/index.ts';
import type { PublishedVersion, Store } from '../port.ts';
import { contentHash } from '../shared/content-hash.ts';
import { itemFields } from '../shared/item-fields.ts';
import { toInstant } from '../shared/to-instant.ts';
import { buildItemsFilter } from './build-inbox-query.ts';
import {
  type CalendarDoc,
  calendarFromDoc,
  type DraftDoc,
  draftFromDoc,
  itemSummaryFromDoc,
  type VersionDoc,
  versionFromDoc,
  versionSummaryFromDoc,
  versionToDoc,
} from './documents.ts';
import { duplicateKeyFields } from './handle-mongo-error.ts';
import { appendRecords, atomically, type MongoContext } from './mongo-context.ts';

type DefinitionOps = Pick<
  Store,
  | 'saveDraft'
  | 'getDraft'
  | 'listItems'
  | 'publishDraft'
  | 'retireVersion'
  | 'listVersions'
  | 'getVersion'
  | 'listCalendars'
  | 'putCalendar'
>;

const WITHOUT_DEFINITION = { definition: 0 } as const;

/** Drafts, published versions and holiday calendars. */
export function mongoDefinitions(ctx: MongoContext): DefinitionOps {
  const { models } = ctx;

  async function currentRevision(code: string): Promise<number | null> {
    const doc = await models.drafts
      .findOne({ _id: { $eq: code } }, { revision: 1 })
      .lean<{ revision: number }>();
    return doc?.revision ?? null;
  }

  return {
    async saveDraft({ code, definition, expectedRevision, actor, at }) {
      const fields = itemFields(code, definition);
      const updatedAt = toInstant(at);
      const set = { ...fields, definition: JSON.stringify(definition), updatedAt, updatedBy: actor };
      if (expectedRevision === null) {
        try {
          await models.drafts.create([{ _id: code, ...set, revision: 1, publishedRevision: null }]);
          return { code, definition, revision: 1, updatedAt, updatedBy: actor };
        } catch (error) {
          if (duplicateKeyFields(error)?.[0] !== '_id') throw error;
          throw ConflictError.staleRevision(`The draft of ${code}`, null, (await currentRevision(code)) ?? 0);
        }
      }
      const doc = await models.drafts
        .findOneAndUpdate(
          { _id: { $eq: code }, revision: { $eq: expectedRevision } },
          { $set: set, $inc: { revision: 1 } },
          { returnDocument: 'after', projection: { revision: 1 } },
        )
        .lean<{ revision: number }>();
      if (doc) return { code, definition, revision: doc.revision, updatedAt, updatedBy: actor };
      const current = await currentRevision(code);
      if (current === null)
        throw new NotFoundError(`No draft ${code} to update; create it with no expected revision.`);
      throw ConflictError.staleRevision(`The draft of ${code}`, expectedRevision, current);
    },

    async getDraft({ code }) {
      const doc = await models.drafts.findOne({ _id: { $eq: code } }).lean<DraftDoc>();
      return doc ? draftFromDoc(doc) : null;
    },

    async listItems({ department, type, status, text }) {
      const drafts = await models.drafts
        .find(buildItemsFilter({ department, type, text }), WITHOUT_DEFINITION)
        .sort({ _id: 1 })
        .lean<Omit<DraftDoc, 'definition'>[]>();
      const versions = await models.versions
        .find({ code: { $in: drafts.map((d) => d._id) } }, { code: 1, version: 1, status: 1 })
        .lean<Pick<VersionDoc, 'code' | 'version' | 'status'>[]>();
      const latest = new Map<string, number>();
      const active = new Map<string, number>();
      for (const v of versions) {
        latest.set(v.code, Math.max(latest.get(v.code) ?? 0, v.version));
        if (v.status === 'active') active.set(v.code, Math.max(active.get(v.code) ?? 0, v.version));
      }
      return drafts
        .map((d) => itemSummaryFromDoc(d, latest.get(d._id) ?? null, active.get(d._id) ?? null))
        .filter((item) => status === undefined || item.status === status);
    },

    publishDraft: ({ code, expectedRevision, actor, at, auditPayload }) =>
      ctx.chain.run(() =>
        atomically(ctx, async (session) => {
          // Claim the revision first: of two concurrent publishes only one matches, with or without a transaction.
          const claimed = await models.drafts
            .findOneAndUpdate(
              {
                _id: { $eq: code },
                revision: { $eq: expectedRevision },
                publishedRevision: { $ne: expectedRevision },
              },
              { $set: { publishedRevision: expectedRevision } },
              { session, projection: { definition: 1, revision: 1 } },
            )
            .lean<Pick<DraftDoc, 'definition' | 'revision'>>();
          const last = await models.versions
            .findOne({ code: { $eq: code } }, { version: 1 }, { session })
            .sort({ version: -1 })
            .lean<{ version: number }>();
          if (!claimed) {
            const current = await models.drafts
              .findOne({ _id: { $eq: code } }, { revision: 1, publishedRevision: 1 }, { session })
              .lean<Pick<DraftDoc, 'revision' | 'publishedRevision'>>();
            if (!current) throw new NotFoundError(`No draft ${code}.`);
            if (current.revision !== expectedRevision) {
              throw ConflictError.staleRevision(`The draft of ${code}`, expectedRevision, current.revision);
            }
            throw new ConflictError(
              `Revision ${current.revision} of ${code} is already published as version ${last?.version ?? 0}.`,
              {
                code: 'ALREADY_PUBLISHED',
                extensions: { version: last?.version ?? 0 },
              },
            );
          }
          const version = (last?.version ?? 0) + 1;
          const definition: ServiceItem = { ...(JSON.parse(claimed.definition) as ServiceItem), version };
          const instant = toInstant(at);
          const published: PublishedVersion = {
            code,
            version,
            hash: contentHash(definition),
            definition,
            publishedAt: instant,
            publishedBy: actor,
            status: 'active',
            retiredAt: null,
            retiredBy: null,
          };
          await models.versions.create([versionToDoc(published)], { session });
          await appendRecords(
            ctx,
            [
              {
                kind: 'publish',
                at: instant,
                actor,
                subject: `${code}@${version}`,
                payload: {
                  ...auditPayload,
                  definition: { code, version, hash: published.hash },
                  draftRevision: expectedRevision,
                },
              },
            ],
            session,
          );
          return published;
        }),
      ),

    retireVersion: ({ code, version, actor, at, reason }) =>
      ctx.chain.run(() =>
        atomically(ctx, async (session) => {
          const instant = toInstant(at);
          const retired = await models.versions
            .findOneAndUpdate(
              { code: { $eq: code }, version: { $eq: version }, status: 'active' },
              { $set: { status: 'retired', retiredAt: instant, retiredBy: actor } },
              { session, returnDocument: 'after', projection: WITHOUT_DEFINITION },
            )
            .lean<Omit<VersionDoc, 'definition'>>();
          if (!retired) {
            const existing = await models.versions
              .findOne({ code: { $eq: code }, version: { $eq: version } }, WITHOUT_DEFINITION, { session })
              .lean<Omit<VersionDoc, 'definition'>>();
            if (!existing) throw new NotFoundError(`No version ${version} of ${code}.`);
            return versionSummaryFromDoc(existing);
          }
          await appendRecords(
            ctx,
            [
              {
                kind: 'retire',
                at: instant,
                actor,
                subject: `${code}@${version}`,
                payload: {
                  definition: { code, version, hash: retired.hash },
                  ...(reason === undefined ? {} : { reason }),
                },
              },
            ],
            session,
          );
          return versionSummaryFromDoc(retired);
        }),
      ),

    async listVersions({ code }) {
      const docs = await models.versions
        .find({ code: { $eq: code } }, WITHOUT_DEFINITION)
        .sort({ version: -1 })
        .lean<Omit<VersionDoc, 'definition'>[]>();
      return docs.map(versionSummaryFromDoc);
    },

    async getVersion({ code, version }) {
      const doc =
        version === undefined
          ? await models.versions
              .findOne({ code: { $eq: code }, status: 'active' })
              .sort({ version: -1 })
              .lean<VersionDoc>()
          : await models.versions
              .findOne({ code: { $eq: code }, version: { $eq: version } })
              .lean<VersionDoc>();
      return doc ? versionFromDoc(doc) : null;
    },

    async listCalendars() {
      return (await models.calendars.find().sort({ _id: 1 }).lean<CalendarDoc[]>()).map(calendarFromDoc);
    },

    putCalendar: ({ calendar, actor, at }) =>
      ctx.chain.run(() =>
        atomically(ctx, async (session) => {
          const instant = toInstant(at);
          await models.calendars.updateOne(
            // A plain value (not $eq) so that the upsert takes it as the new document's _id.
            { _id: Number(calendar.year) },
            { $set: { calendar: JSON.stringify(calendar), updatedAt: instant, updatedBy: actor } },
            { upsert: true, session },
          );
          await appendRecords(
            ctx,
            [
              {
                kind: 'calendar',
                at: instant,
                actor,
                subject: `calendar@${calendar.year}`,
                payload: {
                  year: calendar.year,
                  hash: contentHash(calendar),
                  holidays: calendar.holidays.length,
                  workdays: calendar.workdays.length,
                },
              },
            ],
            session,
          );
          return calendar;
        }),
      ),
  };
}
