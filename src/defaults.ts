import { DEFAULT_BODY_LIMIT } from './http/read-json-body.js';

/** The defaults shared by the command line and the programmatic API. */
export const DEFAULTS = {
  host: '127.0.0.1',
  bodyLimit: DEFAULT_BODY_LIMIT,
  journalLimit: 1000,
  sessionIdleMs: 30 * 60_000,
  maxSessions: 100,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  shutdownTimeoutMs: 10_000,
  /** 128 MiB of stored JSON: fixtures forked into sessions, what requests added, and the journals. */
  memoryBudget: 128 * 1024 * 1024,
} as const;
