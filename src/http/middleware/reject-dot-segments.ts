import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../api-problem.js';
import type { AppEnv } from '../app-env.js';

const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/**
 * URL parsing resolves `.` and `..` (also `%2E%2E`), so `/group/.` would reach `PUT /group/` and create a
 * group. The API never uses such segments: a request whose raw target has one is refused before routing.
 */
export function createDotSegmentGuard(): MiddlewareHandler<AppEnv> {
  return function rejectDotSegments(c, next) {
    const target = c.env?.incoming?.url ?? new URL(c.req.url).pathname;
    const query = target.indexOf('?');
    // Without a "." or a "%" (of %2e) there is no dot segment: most paths need no regular expression.
    const dotted = target.includes('.') || target.includes('%');
    if (dotted && DOT_SEGMENT.test(query < 0 ? target : target.slice(0, query))) {
      throw new ApiProblem('validation', 'the path has a "." or ".." segment, which no operation takes', [
        { path: '/path', message: 'must not contain "." or ".." segments' },
      ]);
    }
    return next();
  };
}
