import http from 'node:http';
import https from 'node:https';

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

/** A client on Node's own `http`, which sends any method token (ACTION too) and has no port deny-list. */
export function createHttpClient(baseUrl: string, timeoutMs: number): HttpClient {
  const secure = baseUrl.startsWith('https:');
  const agent = secure ? new https.Agent({ keepAlive: true, maxSockets: 1 }) : new http.Agent({ keepAlive: true, maxSockets: 1 });
  let queue: Promise<unknown> = Promise.resolve();
  return {
    baseUrl,
    send(request, signal) {
      const next = queue.then(() => exchange(baseUrl, agent, request, timeoutMs, signal));
      queue = next.catch(() => undefined);
      return next;
    },
    close: () => agent.destroy(),
  };
}

function exchange(baseUrl: string, agent: http.Agent, request: ApiRequest, timeoutMs: number, outer?: AbortSignal): Promise<ApiResponse> {
  const { text, contentType } = encodeBody(request);
  const signals = [AbortSignal.timeout(timeoutMs), ...(outer ? [outer] : [])];
  const signal = AbortSignal.any(signals);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (text !== undefined) {
    headers['content-length'] = String(Buffer.byteLength(text));
    if (contentType !== undefined) headers['content-type'] = contentType;
  }
  const url = new URL(request.path, `${baseUrl}/`);
  const transport = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(abortError(signal, timeoutMs, request));
    const req = transport.request(url, { method: request.method, headers, agent, signal }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', (error) => reject(new RequestError(`${request.method} ${request.path}: ${error.message}`)));
      res.on('end', () => resolve(toResponse(res, Buffer.concat(chunks).toString('utf8'))));
    });
    req.on('error', (error) => {
      reject(signal.aborted ? abortError(signal, timeoutMs, request) : new RequestError(`${request.method} ${request.path}: ${error.message}`));
    });
    req.end(text);
  });
}

function encodeBody(request: ApiRequest): { text?: string; contentType?: string } {
  if (request.raw) return request.raw;
  if (request.body === undefined) return {};
  return { text: JSON.stringify(request.body), contentType: 'application/json' };
}

function toResponse(res: http.IncomingMessage, text: string): ApiResponse {
  const contentType = res.headers['content-type'] ?? null;
  let body: unknown = text;
  if (contentType !== null && /json/i.test(contentType) && text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  const allow = res.headers['allow'];
  return { status: res.statusCode ?? 0, contentType, allow: allow === undefined ? null : String(allow), body };
}

function abortError(signal: AbortSignal, timeoutMs: number, request: ApiRequest): RequestError {
  const timedOut = (signal.reason as Error | undefined)?.name === 'TimeoutError';
  const why = timedOut ? `no answer within ${timeoutMs} ms` : 'interrupted';
  return new RequestError(`${request.method} ${request.path}: ${why}`);
}
