import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { installExtensionMethods } from '../../src/transport/install-extension-methods.js';
import { applyDeviation, type Deviation, type ProxiedAnswer, problem, type RequestMatch } from './deviations.js';

export interface ProxyOptions {
  /** The mock to forward to. */
  target: string;
  /** The one way to break the contract; none forwards faithfully. */
  deviation?: Deviation;
  /** Answer 404 under `/__admin`, so the kit takes the target for a real Remotix. */
  hideAdmin?: boolean;
  /** Forward the first matching request but never answer it: a run can then be killed in the middle. */
  hold?: RequestMatch;
}

export interface SeenRequest {
  method: string;
  path: string;
  /** The request body as text ('' for none). */
  sent: string;
  status: number | null;
  /** The answer's body, as the client got it. */
  body: unknown;
}

export interface DeviatingProxy {
  url: string;
  /** Every request that came in, in order. */
  requests: SeenRequest[];
  /** The most requests that were ever being handled at once. */
  maxInFlight(): number;
  /** Resolves when the held request has been forwarded and its answer withheld. */
  held: Promise<SeenRequest>;
  close(): Promise<void>;
}

/** A node:http proxy in front of the mock (ACTION included) that can break the contract in one chosen way. */
export async function startDeviatingProxy(options: ProxyOptions): Promise<DeviatingProxy> {
  const requests: SeenRequest[] = [];
  let release: (seen: SeenRequest) => void = () => undefined;
  const held = new Promise<SeenRequest>((resolve) => (release = resolve));
  let holding = options.hold !== undefined;
  let inFlight = 0;
  let maxInFlight = 0;
  const server = http.createServer(async (req, res) => {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => (inFlight -= 1));
    const body = Buffer.concat(await req.toArray());
    const seen: SeenRequest = {
      method: req.method ?? '',
      path: req.url ?? '/',
      sent: body.toString('utf8'),
      status: null,
      body: undefined,
    };
    requests.push(seen);
    if (options.hideAdmin && seen.path.startsWith('/__admin')) return answer(res, seen, problem(404, 'no such path'));
    const forward = () => forwardTo(options.target, req, body);
    const result = options.deviation ? await applyDeviation(options.deviation, seen, forward) : await forward();
    if (holding && options.hold!.method === seen.method && options.hold!.path.test(seen.path)) {
      holding = false;
      seen.body = result.body;
      release(seen);
      return;
    }
    answer(res, seen, result);
  });
  installExtensionMethods(server, { methods: ['ACTION'] });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    maxInFlight: () => maxInFlight,
    held,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function forwardTo(target: string, req: http.IncomingMessage, body: Buffer): Promise<ProxiedAnswer> {
  const headers = { ...req.headers };
  delete headers.host;
  delete headers.connection;
  return new Promise((resolve, reject) => {
    const out = http.request(`${target}${req.url}`, { method: req.method, headers }, (res) => {
      res.toArray().then((chunks) => {
        const text = Buffer.concat(chunks).toString('utf8');
        const contentType = res.headers['content-type'] ?? null;
        const parsed = contentType?.includes('json') && text ? JSON.parse(text) : text;
        resolve({ status: res.statusCode ?? 502, contentType, allow: (res.headers.allow as string | undefined) ?? null, body: parsed });
      }, reject);
    });
    out.on('error', reject);
    out.end(body);
  });
}

function answer(res: http.ServerResponse, seen: SeenRequest, result: ProxiedAnswer): void {
  seen.status = result.status;
  seen.body = result.body;
  const text = typeof result.body === 'string' ? result.body : JSON.stringify(result.body);
  const headers: Record<string, string> = {};
  if (result.contentType) headers['content-type'] = result.contentType;
  if (result.allow) headers.allow = result.allow;
  res.writeHead(result.status, headers).end(text);
}
