import type { Logger } from 'pino';
import type { Store } from './storage/port.ts';

/** The wall clock, injected so tests can set the date; the engine itself never reads a clock. */
export interface Clock {
  now(): Date;
  /** Today's date in the centre's time zone (Asia/Shanghai by default), YYYY-MM-DD. */
  today(): string;
}

/** Settings with their defaults (config.ts reads them from the environment). */
export interface ServerConfig {
  /** Where the embedded store, uploaded files and the first admin's password file live. */
  dataDir: string;
  port: number;
  /** IANA time zone of the centre; dates and deadlines are local to it. */
  timeZone: string;
  /** Maximum JSON body size in bytes (413 beyond). */
  bodyLimit: number;
  /** Maximum size of an uploaded file in bytes (413 beyond); 10 MiB when absent. */
  fileLimit?: number;
  sessionTtlHours: number;
  /** Login attempts allowed per account and IP in `loginWindowMinutes` before 429. */
  loginAttempts: number;
  loginWindowMinutes: number;
  /** Secure cookies (HTTPS deployments). */
  secureCookies: boolean;
}

/**
 * The other server processes of this machine that share the store (`WORKERS` > 1): told about
 * writes whose effect a process caches, so that they drop their copy at once instead of when it ages.
 */
export interface PeerNotices {
  /** A holiday calendar was written through this process. */
  calendarWritten(): void;
}

/** Everything a use case or route may use; built once in main.ts, or by tests with a temp store. */
export interface AppDeps {
  store: Store;
  clock: Clock;
  config: ServerConfig;
  logger: Logger;
  /** Absent in a single process (and in tests): nobody else caches what this process writes. */
  peers?: PeerNotices;
}
