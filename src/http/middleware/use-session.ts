import type { MiddlewareHandler } from 'hono';
import { type MockSessions, SESSION_HEADER } from '../../sessions/mock-sessions.js';
import type { AppEnv } from '../app-env.js';

/** Finds the request's mock session from `X-Mock-Session` (the default one without it). */
export function createSessionMiddleware(sessions: MockSessions): MiddlewareHandler<AppEnv> {
  return function useSession(c, next) {
    c.set('session', sessions.get(c.req.header(SESSION_HEADER)));
    return next();
  };
}
