import type { ClientSession, Connection } from 'mongoose';
import { GENESIS_HEAD, sealAuditRecord } from '../../audit/seal.ts';
import type { AuditDraft, AuditHead, AuditRecord, FactsSnapshot } from '../port.ts';
import { toInstant } from '../shared/to-instant.ts';
import { verifiedFactsText } from '../shared/verify-facts.ts';
import { auditToDoc } from './documents.ts';
import { duplicateKeyFields } from './handle-mongo-error.ts';
import type { Models } from './models.ts';

/** What every Mongo operation works with. */
export interface MongoContext {
  conn: Connection;
  models: Models;
  /** True on a replica set or sharded cluster: multi-document operations run in a transaction. */
  transactions: boolean;
  /** Serialises, within this process, the operations that extend the audit chain. */
  chain: Mutex;
}

/** Optional session, for spreading into driver options. */
export type Session = ClientSession | undefined;

export interface Mutex {
  run<T>(fn: () => Promise<T>): Promise<T>;
}

export function createMutex(): Mutex {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    run<T>(fn: () => Promise<T>): Promise<T> {
      const result = tail.then(fn, fn);
      tail = result.catch(() => undefined);
      return result;
    },
  };
}

/** Another process appended the seq this one computed; the whole operation is retried. */
class ChainCollision extends Error {}

const MAX_ATTEMPTS = 20;

/**
 * Runs `fn` as one unit. With transactions (replica set / sharded cluster) it is one transaction,
 * retried when another process extended the audit chain first (its insert of the same seq fails on
 * the unique `_id`) — `withTransaction` itself retries transient errors. On a standalone server there
 * are no multi-document transactions: `fn` runs once, writing in an order that leaves no half-filed
 * case visible as done (see create-mongo-store.ts), and the chain append retries on its own.
 */
export async function atomically<T>(ctx: MongoContext, fn: (session: Session) => Promise<T>): Promise<T> {
  if (!ctx.transactions) return fn(undefined);
  for (let attempt = 1; ; attempt++) {
    try {
      return await ctx.conn.transaction((session) => fn(session));
    } catch (error) {
      if (!(error instanceof ChainCollision) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}

/** Fails before anything is written if a record could not be sealed (too large). */
export function assertSealable(drafts: readonly AuditDraft[]): void {
  for (const draft of drafts) sealAuditRecord({ ...draft, at: toInstant(draft.at) }, GENESIS_HEAD);
}

async function readHead(ctx: MongoContext, session: Session): Promise<AuditHead> {
  const last = await ctx.models.audit
    .findOne({}, { _id: 1, hash: 1 }, { session })
    .sort({ _id: -1 })
    .lean<{ _id: number; hash: string }>();
  return last ? { seq: last._id, hash: last.hash } : GENESIS_HEAD;
}

/**
 * Appends records after the current head. The seq is the document `_id`, so of two writers that
 * computed the same seq only one insert succeeds; the other re-reads the head and seals again
 * (standalone) or has its transaction retried (replica set). Linear either way.
 */
export async function appendRecords(
  ctx: MongoContext,
  drafts: readonly AuditDraft[],
  session: Session,
): Promise<AuditRecord[]> {
  const appended: AuditRecord[] = [];
  for (const draft of drafts) {
    const normalised = { ...draft, at: toInstant(draft.at) };
    for (let attempt = 1; ; attempt++) {
      const record = sealAuditRecord(normalised, await readHead(ctx, session));
      try {
        await ctx.models.audit.create([auditToDoc(record)], { session });
        appended.push(record);
        break;
      } catch (error) {
        const collided = duplicateKeyFields(error)?.[0] === '_id';
        if (!collided) throw error;
        if (session) throw new ChainCollision();
        if (attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
  return appended;
}

/** Stores a facts snapshot unless it is there; true if it was new. */
export async function putFactsDoc(
  ctx: MongoContext,
  snapshot: FactsSnapshot,
  session: Session,
): Promise<boolean> {
  const json = verifiedFactsText(snapshot);
  try {
    const result = await ctx.models.facts.updateOne(
      // A plain value (not $eq) so that the upsert takes it as the new document's _id.
      { _id: String(snapshot.hash) },
      { $setOnInsert: { json } },
      { upsert: true, session },
    );
    return result.upsertedCount === 1;
  } catch (error) {
    // Two upserts of the same new hash at once: one inserts, the other meets the unique _id.
    if (duplicateKeyFields(error)?.[0] === '_id' && !session) return false;
    throw error;
  }
}
