import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createSqliteStore } from '../../server/src/storage/index.ts';
import { runStoreContract } from './contract.ts';

// A real database file (WAL, fsync on commit), not only ':memory:': one new file per test.
const dir = mkdtempSync(join(tmpdir(), 'onewindow-sqlite-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

runStoreContract('sqlite (file)', async () => createSqliteStore({ file: join(dir, `store-${++n}.db`) }));
runStoreContract('sqlite (:memory:)', async () => createSqliteStore({ file: ':memory:' }));
