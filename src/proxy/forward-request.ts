import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** A request as it goes out to the real Remotix, and the answer as it came back. */
export interface Outgoing {
  method: string;
  /** The path and query exactly as the client sent them. */
  target: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface Upstream {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Headers that belong to one connection, not to the exchange (RFC 9110 §7.6.1), and the mock's own. */
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'content-length',
  'x-mock-session',
]);

export function forwardedHeaders(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name)) out[name] = value;
  });
  return out;
}

/**
 * Sends one request to `base` over a socket of its own, any method token included (ACTION), and reads the
 * whole answer. Rejects when the upstream cannot be reached or takes longer than `timeoutMs`.
 */
export function forwardRequest(base: URL, outgoing: Outgoing, timeoutMs: number): Promise<Upstream> {
  const send = base.protocol === 'https:' ? httpsRequest : httpRequest;
  const headers: Record<string, string | number> = { ...outgoing.headers, host: base.host, 'content-length': outgoing.body.length };
  if (outgoing.body.length === 0 && ['GET', 'HEAD', 'DELETE'].includes(outgoing.method)) delete headers['content-length'];
  return new Promise((resolve, reject) => {
    const prefix = base.pathname.replace(/\/$/, '');
    const req = send(
      {
        protocol: base.protocol,
        hostname: base.hostname,
        port: base.port,
        method: outgoing.method,
        path: `${prefix}${outgoing.target}`,
        headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(outgoing.body);
  });
}

/** The upstream's headers as a fetch Headers, but for those of its own connection. */
export function answeredHeaders(headers: IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || HOP_BY_HOP.has(name)) continue;
    for (const item of Array.isArray(value) ? value : [value]) out.append(name, item);
  }
  return out;
}
