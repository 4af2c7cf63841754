import { GENESIS_HEAD } from '../../audit/seal.ts';
import type { Store } from '../port.ts';
import { AUDIT_PAGE, clampInt } from '../shared/paging.ts';
import { type AuditDoc, auditFromDoc, type FactsDoc } from './documents.ts';
import {
  appendRecords,
  assertSealable,
  atomically,
  type MongoContext,
  putFactsDoc,
} from './mongo-context.ts';

type AuditOps = Pick<
  Store,
  'appendAudit' | 'putFacts' | 'getFacts' | 'listAudit' | 'getAuditRecord' | 'getAuditHead'
>;

/** The audit chain and the facts snapshots it refers to. */
export function mongoAudit(ctx: MongoContext): AuditOps {
  const { models } = ctx;
  return {
    appendAudit: ({ record, facts }) =>
      ctx.chain.run(() => {
        assertSealable([record]);
        return atomically(ctx, async (session) => {
          if (facts) await putFactsDoc(ctx, facts, session);
          const [appended] = await appendRecords(ctx, [record], session);
          return appended;
        });
      }),

    putFacts: async (snapshot) => ({ created: await putFactsDoc(ctx, snapshot, undefined) }),

    async getFacts({ hash }) {
      const doc = await models.facts.findOne({ _id: { $eq: hash } }).lean<FactsDoc>();
      return doc ? JSON.parse(doc.json) : null;
    },

    async listAudit({ fromSeq, limit, kind, subject }) {
      const filter: Record<string, unknown> = {
        _id: { $gte: clampInt(fromSeq, 1, 1, Number.MAX_SAFE_INTEGER) },
      };
      if (kind !== undefined) filter.kind = { $eq: kind };
      if (subject !== undefined) filter.subject = { $eq: subject };
      const docs = await models.audit
        .find(filter)
        .sort({ _id: 1 })
        .limit(clampInt(limit, AUDIT_PAGE.default, 1, AUDIT_PAGE.max))
        .lean<AuditDoc[]>();
      return docs.map(auditFromDoc);
    },

    async getAuditRecord({ seq }) {
      const doc = await models.audit.findOne({ _id: { $eq: seq } }).lean<AuditDoc>();
      return doc ? auditFromDoc(doc) : null;
    },

    async getAuditHead() {
      const last = await models.audit
        .findOne({}, { _id: 1, hash: 1 })
        .sort({ _id: -1 })
        .lean<{ _id: number; hash: string }>();
      return last ? { seq: last._id, hash: last.hash } : GENESIS_HEAD;
    },
  };
}
