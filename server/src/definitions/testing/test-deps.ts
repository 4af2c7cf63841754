import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { AppDeps, Clock } from '../../deps.ts';
import { createSqliteStore } from '../../storage/sqlite/create-sqlite-store.ts';

/** AppDeps on a fresh SQLite file, for use-case tests; `setToday` moves the fixed clock. */
export interface TestDeps extends AppDeps {
  file: string;
  setToday(day: string): void;
  dispose(): Promise<void>;
}

/**
 * A real store in a temporary file and a fixed clock (default 2026-11-30, 10:00 in Asia/Shanghai).
 * For the use-case tests of this folder; API tests use tests/api/harness.ts instead.
 */
export function makeTestDeps(today = '2026-11-30'): TestDeps {
  const dir = mkdtempSync(join(tmpdir(), 'onewindow-defs-'));
  const file = join(dir, 'test.sqlite');
  const store = createSqliteStore({ file, durability: 'normal' });
  let day = today;
  const clock: Clock = { now: () => new Date(`${day}T02:00:00.000Z`), today: () => day };
  return {
    file,
    store,
    clock,
    config: {
      dataDir: dir,
      port: 0,
      timeZone: 'Asia/Shanghai',
      bodyLimit: 1_000_000,
      sessionTtlHours: 8,
      loginAttempts: 5,
      loginWindowMinutes: 15,
      secureCookies: false,
    },
    logger: pino({ level: 'silent' }),
    setToday(next) {
      day = next;
    },
    async dispose() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
