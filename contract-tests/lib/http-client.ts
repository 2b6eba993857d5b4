import { createHttpCaller } from '../../client/create-http-caller.js';
import { createNodeHttpFetch } from './node-http-fetch.js';

export interface ApiRequest {
  method: string;
  /** Path and query, e.g. `/group/0123-CDEF`. */
  path: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, instead of `body`. */
  raw?: { text: string; contentType?: string };
}

export interface ApiResponse {
  status: number;
  contentType: string | null;
  allow: string | null;
  /** Parsed when the answer is JSON, else the text. */
  body: unknown;
}

export interface HttpClient {
  readonly baseUrl: string;
  /** One request; requests are sent one at a time, in order, each with its own timeout. */
  send(request: ApiRequest, signal?: AbortSignal): Promise<ApiResponse>;
  close(): void;
}

/** A failed exchange: no answer (refused, reset, timed out, aborted). */
export class RequestError extends Error {
  override readonly name = 'RequestError';
}

/**
 * The kit's HTTP, on the package's own typed-client caller (`remotix-mock/client`) over Node's `http`:
 * any method token (ACTION too), any port, requests strictly one at a time, each with its own timeout.
 */
export function createHttpClient(baseUrl: string, timeoutMs: number): HttpClient {
  const transport = createNodeHttpFetch();
  let queue: Promise<unknown> = Promise.resolve();
  return {
    baseUrl,
    send(request, signal) {
      const next = queue.then(() => exchange(baseUrl, transport.fetch, request, timeoutMs, signal));
      queue = next.catch(() => undefined);
      return next;
    },
    close: () => transport.close(),
  };
}

async function exchange(
  baseUrl: string,
  fetch: typeof globalThis.fetch,
  request: ApiRequest,
  timeoutMs: number,
  outer?: AbortSignal,
): Promise<ApiResponse> {
  const signal = AbortSignal.any([AbortSignal.timeout(timeoutMs), ...(outer ? [outer] : [])]);
  if (signal.aborted) throw abortError(signal, timeoutMs, request);
  const call = createHttpCaller({ baseUrl, fetch: (input, init) => fetch(input, { ...init, signal }), timeoutMs });
  const headers: Record<string, string> = { accept: 'application/json' };
  let body: unknown = request.body;
  if (request.raw) {
    body = request.raw.text;
    headers['content-type'] = request.raw.contentType ?? '';
  }
  try {
    const response = await call(request.method, request.path, body, headers);
    const contentType = response.headers.get('content-type');
    return { status: response.status, contentType, allow: response.headers.get('allow'), body: response.body ?? '' };
  } catch (error) {
    if (signal.aborted) throw abortError(signal, timeoutMs, request);
    throw new RequestError(`${request.method} ${request.path}: ${(error as Error).message}`);
  }
}

function abortError(signal: AbortSignal, timeoutMs: number, request: ApiRequest): RequestError {
  const timedOut = (signal.reason as Error | undefined)?.name === 'TimeoutError';
  const why = timedOut ? `no answer within ${timeoutMs} ms` : 'interrupted';
  return new RequestError(`${request.method} ${request.path}: ${why}`);
}
