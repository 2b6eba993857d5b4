import type { MiddlewareHandler } from 'hono';
import type { MockSessions } from '../../sessions/mock-sessions.js';
import type { AppEnv } from '../app-env.js';
import { carriesBody } from '../read-json-body.js';
import { ADMIN_PREFIX } from './api-traffic.js';

/**
 * Once the sessions hold the whole `--memory-budget`, refuses (503) every request that would store more:
 * every API request (each is journaled) and the admin writes that carry data (a state import, a reset to
 * a fixture given, faults). What frees memory still works: admin reads, DELETEs, a reset without a body.
 */
export function createMemoryBudgetGuard(sessions: MockSessions): MiddlewareHandler<AppEnv> {
  return function guardMemoryBudget(c, next) {
    if (stores(c.req.method, c.req.path, c.req.raw)) sessions.admit();
    return next();
  };
}

function stores(method: string, path: string, request: Request): boolean {
  const admin = path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`);
  if (!admin) return true;
  return method === 'PUT' || (method === 'POST' && carriesBody(request));
}
