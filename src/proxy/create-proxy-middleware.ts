import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { ApiProblem } from '../http/api-problem.js';
import type { AppEnv } from '../http/app-env.js';
import { ADMIN_PREFIX } from '../http/middleware/api-traffic.js';
import { carriesBody, readRawBody } from '../http/read-json-body.js';
import type { ExchangeChecker } from './create-exchange-checker.js';
import { bodyOf, type ExchangeRecorder } from './create-exchange-recorder.js';
import { answeredHeaders, forwardedHeaders, forwardRequest } from './forward-request.js';

export interface ProxyOptions {
  /** The real Remotix, e.g. `http://127.0.0.1:8080`. */
  target: URL;
  bodyLimit: number;
  check: ExchangeChecker;
  record?: ExchangeRecorder;
  /** How long the upstream may take to answer. */
  timeoutMs?: number;
}

const NONE = new Uint8Array(0);

/**
 * For API requests (never admin ones): sends the request on to the real Remotix as it came (method, path,
 * query, headers, body; ACTION included), answers with what came back, unchanged, and leaves the
 * deviations it finds for the request journal. The mock's own store is not touched.
 */
export function createProxyMiddleware({ target, bodyLimit, check, record, timeoutMs = 30_000 }: ProxyOptions): MiddlewareHandler<AppEnv> {
  return async function proxy(c, next) {
    if (c.req.path === ADMIN_PREFIX || c.req.path.startsWith(`${ADMIN_PREFIX}/`)) return next();
    const incoming = c.env?.incoming as IncomingMessage | undefined;
    const body = carriesBody(c.req.raw) ? await readRawBody(c.req.raw, incoming, bodyLimit) : NONE;
    const headers = forwardedHeaders(c.req.raw.headers);
    c.set('requestBody', bodyOf(body, headers) ?? undefined);
    const outgoing = { method: c.req.method, target: incoming?.url ?? new URL(c.req.url).pathname, headers, body };
    const upstream = await forwardRequest(target, outgoing, timeoutMs).catch((error: Error) => {
      throw new ApiProblem('bad-gateway', `the Remotix at ${target.origin} did not answer: ${error.message}`);
    });
    const answered = answeredHeaders(upstream.headers);
    const contentType = answered.get('content-type');
    const deviations = check({ method: c.req.method, path: c.req.path, status: upstream.status, contentType, body: upstream.body });
    c.set('deviations', deviations);
    record?.({
      time: new Date().toISOString(),
      request: outgoing,
      response: { status: upstream.status, headers: Object.fromEntries(answered), body: upstream.body },
      deviations,
    });
    const empty = upstream.body.length === 0 || c.req.method === 'HEAD' || upstream.status === 204 || upstream.status === 304;
    return new Response(empty ? null : upstream.body, { status: upstream.status, headers: answered });
  };
}
