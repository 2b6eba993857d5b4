import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../api-problem.js';
import type { AppEnv } from '../app-env.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Compares in constant time, whatever the lengths: both sides are hashed to 32 bytes first. */
export function tokensMatch(given: string, expected: Buffer): boolean {
  return timingSafeEqual(digest(given), expected);
}

/**
 * Demands `Authorization: Bearer <token>` on the requests `applies` picks: 401 otherwise. The token
 * never appears in an answer or a journal.
 */
export function createBearerTokenMiddleware(token: string, applies: (path: string) => boolean, realm: string): MiddlewareHandler<AppEnv> {
  const expected = digest(token);
  return async function requireBearerToken(c, next) {
    if (!applies(c.req.path)) return next();
    const header = c.req.header('authorization') ?? '';
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
    if (!match || !tokensMatch(match[1]!, expected)) {
      const detail =
        header === '' ? `this ${realm} needs Authorization: Bearer <token>` : `the bearer token for this ${realm} is not the right one`;
      throw new ApiProblem('unauthorized', detail, undefined, { 'www-authenticate': `Bearer realm="${realm}"` });
    }
    return next();
  };
}
