import { exchange, type WireResponse } from '../hostile/raw-exchange.js';

export interface WireRequest {
  method: string;
  /** The request target as written: a path, or an absolute URL. */
  target: string;
  /** The Host header as written; null sends none. The mock's own `127.0.0.1:port` unless given. */
  host?: string | null;
  /** Extra header lines, in order, repeated names allowed. */
  headers?: ReadonlyArray<readonly [string, string]>;
  body?: string | Buffer;
}

/** One request, byte for byte as described (any Host, any Origin), over a new TCP connection. */
export async function send(url: string, request: WireRequest): Promise<WireResponse> {
  const { host } = new URL(url);
  const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : request.body;
  const lines = [`${request.method} ${request.target} HTTP/1.1`];
  const hostHeader = request.host === undefined ? host : request.host;
  if (hostHeader !== null) lines.push(`Host: ${hostHeader}`);
  for (const [name, value] of request.headers ?? []) lines.push(`${name}: ${value}`);
  if (body !== undefined) lines.push(`Content-Length: ${body.length}`);
  lines.push('Connection: close');
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  const { responses } = await exchange(url, [Buffer.concat([head, body ?? Buffer.alloc(0)])], { responses: 1 });
  if (responses.length === 0) throw new Error(`no answer to ${request.method} ${request.target}`);
  return responses[0]!;
}
