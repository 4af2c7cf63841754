import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { ServerConfig } from './deps.ts';

/** Everything main.ts reads from the environment: the app's `ServerConfig` and how to run it. */
export interface Settings {
  config: ServerConfig;
  /** `MONGODB_URI`: use MongoDB instead of the embedded SQLite file. */
  mongodbUri?: string;
  /** `HOST`: the interface to listen on; all interfaces when absent. */
  host?: string;
  /** `LOG_LEVEL`: pino level, default `info`. */
  logLevel: string;
  /** `TRUST_PROXY`: express's `trust proxy` (false, true, a hop count or a list of addresses). */
  trustProxy: boolean | number | string;
  /** `SHUTDOWN_TIMEOUT_MS`: how long SIGTERM waits for in-flight requests before cutting them. */
  shutdownTimeoutMs: number;
  /**
   * `WORKERS`: how many processes serve HTTP on the one port (node:cluster, round-robin). 1 is a
   * single process with no cluster; the default is one per core, at most {@link MAX_DEFAULT_WORKERS}.
   */
  workers: number;
}

/** The default `WORKERS` never exceeds this: beyond it the single SQLite writer is the limit. */
export const MAX_DEFAULT_WORKERS = 4;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}=${raw} is not a whole number from ${min} to ${max}.`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new Error(`${name}=${raw} is not true or false.`);
}

/** `1048576`, `512kb`, `1mb` → bytes. */
export function parseByteSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/i.exec(text.trim());
  if (!match) return null;
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit.startsWith('m') ? 1024 * 1024 : unit.startsWith('k') ? 1024 : 1;
  return Math.floor(Number(match[1]) * factor);
}

function timeZone(env: NodeJS.ProcessEnv): string {
  const zone = env.TZ?.trim() || 'Asia/Shanghai';
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
  } catch {
    throw new Error(`TZ=${zone} is not an IANA time zone.`);
  }
  return zone;
}

function trustProxy(raw: string | undefined): boolean | number | string {
  const text = raw?.trim();
  if (!text || text === 'false') return false;
  if (text === 'true') return true;
  return /^\d+$/.test(text) ? Number(text) : text;
}

/**
 * Reads the settings from the environment, with the defaults of DOMAIN.md and STACK.md:
 * `PORT` 3000 (0 = any free port), `DATA_DIR` ./data, `TZ` Asia/Shanghai, `BODY_LIMIT` 1 MB,
 * `FILE_LIMIT` 10 MB (an uploaded scan),
 * `SESSION_TTL_HOURS` 12, `LOGIN_ATTEMPTS` 5 per `LOGIN_WINDOW_MINUTES` 15, `SECURE_COOKIES` off
 * (turn on behind HTTPS), `MONGODB_URI`, `HOST`, `LOG_LEVEL`, `TRUST_PROXY`, `SHUTDOWN_TIMEOUT_MS`
 * 10000, `WORKERS` one per core (at most 4). A malformed value stops the start with a message naming it.
 */
export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const bodyLimitText = env.BODY_LIMIT?.trim() || '1mb';
  const bodyLimit = parseByteSize(bodyLimitText);
  if (bodyLimit === null || bodyLimit < 1024)
    throw new Error(`BODY_LIMIT=${bodyLimitText} is not a size of 1kb or more.`);
  const fileLimitText = env.FILE_LIMIT?.trim() || '10mb';
  const fileLimit = parseByteSize(fileLimitText);
  if (fileLimit === null || fileLimit < 1024)
    throw new Error(`FILE_LIMIT=${fileLimitText} is not a size of 1kb or more.`);
  const logLevel = env.LOG_LEVEL?.trim() || 'info';
  if (!LOG_LEVELS.includes(logLevel))
    throw new Error(`LOG_LEVEL=${logLevel} is not one of ${LOG_LEVELS.join(', ')}.`);
  const mongodbUri = env.MONGODB_URI?.trim() || undefined;
  const host = env.HOST?.trim() || undefined;
  return {
    config: {
      dataDir: resolve(env.DATA_DIR?.trim() || './data'),
      port: integer(env, 'PORT', 3000, 0, 65_535),
      timeZone: timeZone(env),
      bodyLimit,
      fileLimit,
      sessionTtlHours: integer(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
      loginAttempts: integer(env, 'LOGIN_ATTEMPTS', 5, 1, 1000),
      loginWindowMinutes: integer(env, 'LOGIN_WINDOW_MINUTES', 15, 1, 24 * 60),
      secureCookies: flag(env, 'SECURE_COOKIES', false),
    },
    ...(mongodbUri ? { mongodbUri } : {}),
    ...(host ? { host } : {}),
    logLevel,
    trustProxy: trustProxy(env.TRUST_PROXY),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
    workers: integer(env, 'WORKERS', Math.min(availableParallelism(), MAX_DEFAULT_WORKERS), 1, 64),
  };
}
