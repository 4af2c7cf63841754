import mongoose from 'mongoose';
import { afterAll, describe } from 'vitest';
import { createMongoStore } from '../../server/src/storage/index.ts';
import { runStoreContract } from './contract.ts';

const uri = process.env.MONGODB_URI;
const databases: string[] = [];

describe.skipIf(!uri)('mongodb (skipped: MONGODB_URI not set — no MongoDB server on this machine)', () => {
  // A database per test, all dropped at the end.
  runStoreContract('mongodb', async () => {
    const dbName = `onewindow_test_${process.pid}_${databases.length + 1}`;
    databases.push(dbName);
    return createMongoStore({ uri: uri!, dbName });
  });

  afterAll(async () => {
    const conn = await mongoose.createConnection(uri!).asPromise();
    for (const name of databases) await conn.useDb(name).dropDatabase();
    await conn.close();
  });
});
