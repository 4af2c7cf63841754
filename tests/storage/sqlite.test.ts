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

// Each store its own files directory too: the contract wants a fresh, empty store every test.
runStoreContract('sqlite (file)', async () => {
  n++;
  return createSqliteStore({ file: join(dir, `store-${n}.db`), filesDir: join(dir, `files-${n}`) });
});
runStoreContract('sqlite (:memory:)', async () => createSqliteStore({ file: ':memory:' }));
