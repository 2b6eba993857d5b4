import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../api-problem.js';
import type { AppEnv } from '../app-env.js';

export interface CrossSiteGuardOptions {
  /** Origins allowed by `--cors`: they may write too. */
  corsOrigins?: readonly string[];
}

/** Methods that change nothing; every other one (PUT, POST, DELETE, ACTION, and any the mock does not know) is a write. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** `Sec-Fetch-Site` values that say the request did not come from another site's page. */
const OWN_SITE = new Set(['same-origin', 'none']);

/**
 * Refuses (403) a write that a browser sent on behalf of another origin: an empty form, a no-cors fetch or
 * `navigator.sendBeacon` from any web page would otherwise reset the mock. A write is allowed when its
 * `Origin` is the mock's own (`http://` and its Host) or one of `--cors`, or when it has no `Origin` and
 * its `Sec-Fetch-Site` (if any) says `same-origin` or `none`: curl, SDKs and test runners send neither. Without
 * `Origin`, the origin of an http(s) `Referer` is taken in its place.
 * `Origin: null` (sandboxed frames, `file:` and `data:` pages, redirects) is never the mock's own.
 */
export function createCrossSiteGuard({ corsOrigins = [] }: CrossSiteGuardOptions = {}): MiddlewareHandler<AppEnv> {
  const allowed = new Set(corsOrigins);
  return function refuseCrossSiteWrites(c, next) {
    if (READS.has(c.req.method)) return next();
    const site = c.req.header('sec-fetch-site');
    // A browser that strips Origin (a privacy setting, an old one) may still send Referer: its origin stands in.
    const origin = c.req.header('origin') ?? refererOrigin(c.req.header('referer'));
    if (origin !== undefined && allowed.has(origin)) return next();
    const sameSite = site === undefined || OWN_SITE.has(site);
    if (origin === undefined ? sameSite : sameSite && site !== 'none' && origin.toLowerCase() === ownOrigin(c.req.header('host'))) {
      return next();
    }
    throw new ApiProblem(
      'cross-site-request',
      'a write from another web origin is refused, so that no page a browser shows can change this mock; ' +
        'name a browser app that should write to it with --cors <origin> (REMOTIX_MOCK_CORS)',
      [
        origin === undefined
          ? { path: '/header/sec-fetch-site', message: 'is not same-origin' }
          : {
              path: c.req.header('origin') === undefined ? '/header/referer' : '/header/origin',
              message: 'is neither this mock nor an origin of --cors',
            },
      ],
    );
  };
}

/** The origin of an http(s) Referer; undefined for none, or for one that is not a URL (curl -e takes anything). */
function refererOrigin(referer: string | undefined): string | undefined {
  if (referer === undefined || !/^https?:\/\//i.test(referer)) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

/** The origin a page served by the mock has: `http://` and the Host it was loaded from (port 80 left out). */
function ownOrigin(host: string | undefined): string | undefined {
  return host === undefined ? undefined : `http://${host.toLowerCase().replace(/:80$/, '')}`;
}
