import type { ClientResponse } from './operation-types.js';

export interface ClientOptions {
  /** Where the API is, e.g. `http://127.0.0.1:3000`. */
  baseUrl: string | URL;
  /** Defaults to the global `fetch`, which allows custom methods such as `ACTION`. */
  fetch?: typeof globalThis.fetch;
  /** Sent with every request. */
  headers?: Record<string, string>;
  /** Each request is aborted after this long (the call then rejects with a `TimeoutError`). Default 10 000. */
  timeoutMs?: number;
}

/** Sends one request and reads the whole answer. Rejects only when no answer comes (network, timeout). */
export type HttpCaller = (method: string, path: string, body?: unknown, headers?: Record<string, string>) => Promise<ClientResponse>;

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * The one place that speaks HTTP for the clients. A body that is not a string is sent as JSON with
 * `Content-Type: application/json`; a string is sent as it is (to send malformed JSON on purpose).
 * Any status, 4xx and 5xx included, resolves: a test checks it.
 */
export function createHttpCaller(options: ClientOptions): HttpCaller {
  const base = String(options.baseUrl).replace(/\/+$/, '');
  const fetchFn = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return async (method, path, body, headers = {}) => {
    const sent: Record<string, string> = { ...options.headers, ...headers };
    const init: RequestInit = { method, headers: sent, signal: AbortSignal.timeout(timeoutMs) };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      if (!Object.keys(sent).some((name) => name.toLowerCase() === 'content-type')) sent['content-type'] = 'application/json';
    }
    const response = await fetchFn(`${base}${path}`, init);
    return { status: response.status, headers: response.headers, body: await readBody(response) };
  };
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) return undefined;
  if (!/[/+]json\b/i.test(response.headers.get('content-type') ?? '')) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
