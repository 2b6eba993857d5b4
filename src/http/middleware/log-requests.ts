import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../app-env.js';
import type { LogFormat } from './log-format.js';

export type { LogFormat };

/** One line per request: method, path, status, duration, session. Never a body, a header or a query. */
export interface RequestLogLine {
  time: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  session: string | null;
}

/** Logs each request when it is answered, as text or as one JSON object per line. */
export function createRequestLogger(format: Exclude<LogFormat, 'off'>, write: (line: string) => void): MiddlewareHandler<AppEnv> {
  return async function logRequests(c, next) {
    const started = performance.now();
    await next();
    const line: RequestLogLine = {
      time: new Date().toISOString(),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      durationMs: Math.round((performance.now() - started) * 100) / 100,
      session: c.get('session')?.name ?? null,
    };
    write(format === 'json' ? JSON.stringify(line) : textOf(line));
  };
}

function textOf({ time, method, path, status, durationMs, session }: RequestLogLine): string {
  return `${time} ${method} ${path} ${status} ${durationMs}ms${session === null ? '' : ` [${session}]`}`;
}
