import { pino } from 'pino';
import type { AppDeps } from '../src/deps.ts';
import { createSqliteStore } from '../src/storage/sqlite/create-sqlite-store.ts';
import { systemClock } from '../src/system-clock.ts';

/** The time zone of every bench: a centre in China. */
export const BENCH_TIME_ZONE = 'Asia/Shanghai';

/**
 * What the server's use cases need, on a SQLite store in `file` (`durability` `full` as in
 * production, `normal` for filling a store fast), with the server's default settings and no log:
 * for benches that call use cases in-process, without HTTP.
 */
export function benchDeps(file: string, dataDir: string, durability: 'full' | 'normal'): AppDeps {
  return {
    store: createSqliteStore({ file, durability }),
    clock: systemClock(BENCH_TIME_ZONE),
    config: {
      dataDir,
      port: 0,
      timeZone: BENCH_TIME_ZONE,
      bodyLimit: 1024 * 1024,
      sessionTtlHours: 8,
      loginAttempts: 5,
      loginWindowMinutes: 15,
      secureCookies: false,
    },
    logger: pino({ level: 'silent' }),
  };
}
