import mongoose from 'mongoose';
import { StorageError } from '../../errors/index.ts';
import type { Store } from '../port.ts';
import { handleMongoError } from './handle-mongo-error.ts';
import { defineModels, ensureIndexes } from './models.ts';
import { mongoAccounts } from './mongo-accounts.ts';
import { mongoAudit } from './mongo-audit.ts';
import { mongoCases } from './mongo-cases.ts';
import { createMutex, type MongoContext } from './mongo-context.ts';
import { mongoDeadlines } from './mongo-deadlines.ts';
import { mongoDefinitions } from './mongo-definitions.ts';
import { ensureFileIndexes, mongoFiles } from './mongo-files.ts';

export interface CreateMongoStoreArgs {
  /** A MongoDB connection string, e.g. `mongodb://db1,db2,db3/onewindow?replicaSet=rs0`. */
  uri: string;
  /** Overrides the database named in the URI (tests use one database each). */
  dbName?: string;
}

/**
 * Whether the deployment runs multi-document transactions: a replica-set member reports `setName`,
 * a mongos reports `msg: 'isdbgrid'`. A standalone server does neither.
 */
export function supportsTransactions(hello: { setName?: unknown; msg?: unknown }): boolean {
  return typeof hello.setName === 'string' || hello.msg === 'isdbgrid';
}

/**
 * The MongoDB store (mongoose). Same contract as SQLite:
 *
 * - Atomicity: on a replica set or sharded cluster (detected at start) every multi-document
 *   operation — a receipt with its event, facts and audit records; a publish with its record — is
 *   one transaction. On a standalone server each write is atomic alone; the operations order their
 *   writes so that the one holding a uniqueness guarantee commits first (see mongo-cases.ts). Use a
 *   replica set (a single-member one is enough) for anything but development.
 * - Audit chain linearity: the record's seq is its `_id`. A writer reads the head, seals seq+1 and
 *   inserts; of two writers with the same seq only one insert succeeds and the other starts over
 *   (its transaction is retried, or on a standalone server it re-reads the head). Within a process
 *   the chain's writers are also queued, so concurrent requests do not collide at all.
 * - Stored files (scans) are in a GridFS bucket, named by their SHA-256 (mongo-files.ts).
 * - Driver errors are translated at the edge (handle-mongo-error.ts).
 * - Several server processes (`WORKERS`, or servers on several machines): each opens its own
 *   connection pool and nothing else changes — seq collisions between processes are settled by the
 *   unique `_id` as above, as between any two writers; the in-process queue only spares retries.
 */
export async function createMongoStore({ uri, dbName }: CreateMongoStoreArgs): Promise<Store> {
  let conn: mongoose.Connection;
  let transactions: boolean;
  try {
    conn = await mongoose
      .createConnection(uri, {
        dbName,
        autoIndex: false,
        autoCreate: false,
        serverSelectionTimeoutMS: 10_000,
      })
      .asPromise();
    transactions = supportsTransactions(await conn.db!.admin().command({ hello: 1 }));
  } catch (error) {
    throw handleMongoError(error);
  }
  const models = defineModels(conn);
  const ctx: MongoContext = { conn, models, transactions, chain: createMutex() };
  try {
    await ensureIndexes(models);
    await ensureFileIndexes(ctx);
  } catch (error) {
    await conn.close().catch(() => undefined);
    throw handleMongoError(error);
  }
  const operations: Omit<Store, 'engine'> = {
    ...mongoAccounts(ctx),
    ...mongoDefinitions(ctx),
    ...mongoCases(ctx),
    ...mongoDeadlines(ctx),
    ...mongoAudit(ctx),
    ...mongoFiles(ctx),
    async ping() {
      if (conn.readyState !== 1) throw new StorageError('The database is not connected.', { status: 503 });
      await conn.db!.admin().command({ ping: 1 });
    },
    async close() {
      await conn.close();
    },
  };
  // Every operation's errors pass through the translation before they leave the adapter.
  const store: Record<string, unknown> = { engine: 'mongodb' };
  for (const [name, operation] of Object.entries(operations) as [
    string,
    (...args: unknown[]) => Promise<unknown>,
  ][]) {
    store[name] = async (...args: unknown[]) => {
      try {
        return await operation(...args);
      } catch (error) {
        throw handleMongoError(error);
      }
    };
  }
  return store as unknown as Store;
}
